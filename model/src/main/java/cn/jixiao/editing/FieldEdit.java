package cn.jixiao.editing;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.TextInput;
import cn.jixiao.store.UnitFile;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A change of one field of one object: remembers the old value, sets the new one, and saves the
 * object with the given save action (which writes one row). A text or an amount typed or pasted
 * in comes through {@link TextInput} first: what it changed is the edit's {@link #notice()}.
 */
public final class FieldEdit<T> implements Edit {
    private final String description;
    private final T oldValue;
    private final T newValue;
    private final Consumer<T> setter;
    private final BiConsumer<UnitFile, T> save;
    private final String notice;

    public FieldEdit(String description, T oldValue, T newValue, Consumer<T> setter, BiConsumer<UnitFile, T> save) {
        this.description = description;
        this.oldValue = oldValue;
        TextInput.Cleaned cleaned = newValue instanceof String s ? TextInput.clean(s)
                : newValue instanceof Amount a ? TextInput.clean(a.text()) : null;
        this.newValue = cleaned == null || !cleaned.changed() ? newValue : cleanedValue(newValue, cleaned.text());
        this.notice = cleaned == null ? "" : cleaned.notice(description);
        this.setter = setter;
        this.save = save;
    }

    /**
     * For a value that holds text inside (a report block): the caller has put its text through
     * {@link TextInput} and passes what that did as the notice.
     */
    public FieldEdit(String description, T oldValue, T newValue, TextInput.Cleaned cleaned, Consumer<T> setter,
                     BiConsumer<UnitFile, T> save) {
        this.description = description;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.notice = cleaned.notice(description);
        this.setter = setter;
        this.save = save;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cleanedValue(T typed, String text) {
        return (T) (typed instanceof Amount ? Amount.of(text) : text);
    }

    /** The value this edit sets: the typed one, normalised. */
    public T newValue() {
        return newValue;
    }

    @Override
    public Optional<String> notice() {
        return notice.isEmpty() ? Optional.empty() : Optional.of(notice);
    }

    public boolean changesAnything() {
        return !Objects.equals(oldValue, newValue);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(UnitFile file) {
        setter.accept(newValue);
        save.accept(file, newValue);
    }

    @Override
    public void revert(UnitFile file) {
        setter.accept(oldValue);
        save.accept(file, oldValue);
    }
}
