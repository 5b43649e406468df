package cn.jixiao.app.project;

import cn.jixiao.app.text.Messages;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.domain.MoneyText;
import cn.jixiao.editing.Edit;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One editable field of a form: the text the clerk sees, the stored value it came from, and the
 * commit that turns a changed text into one undoable {@link Edit}. An amount field accepts what
 * {@link MoneyText#parseInput} accepts and refuses the rest with its message, saving nothing.
 */
public final class FieldModel {
    private final String label;
    private final Supplier<String> stored;
    private final Function<String, Edit> edit;
    private final boolean amount;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    FieldModel(String label, Supplier<String> stored, Function<String, Edit> edit, boolean amount) {
        this.label = label;
        this.stored = stored;
        this.edit = edit;
        this.amount = amount;
        reload();
    }

    public String label() {
        return label;
    }

    public boolean isAmount() {
        return amount;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The message for the clerk when the text cannot be saved; empty when it can. */
    public StringProperty errorProperty() {
        return error;
    }

    /** The message the text would get, or null: for live validation while typing. */
    public String check(String typed) {
        return amount ? MoneyText.parseInput(label, typed).error() : null;
    }

    /** Shows the stored value again (after undo, redo or another edit). */
    public void reload() {
        text.set(stored.get());
        error.set("");
    }

    /** Saves the text as one edit when it differs from the stored value; false when it was refused. */
    public boolean commit(MainViewModel vm) {
        String typed = text.get() == null ? "" : text.get();
        String value = typed.strip();
        if (amount) {
            MoneyText.Result r = MoneyText.parseInput(label, typed);
            if (!r.ok()) {
                error.set(r.error());
                vm.statusProperty().set(r.error());
                return false;
            }
            value = r.amount().text();
        }
        error.set("");
        if (!Objects.equals(value, stored.get())) {
            vm.perform(edit.apply(value));
            // normalising the text may have changed it (a pasted control character removed)
            value = stored.get();
        }
        text.set(value);
        return true;
    }
}
