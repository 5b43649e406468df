package cn.jixiao.app.returned;

import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.editing.Edits;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.fields.FieldCatalogue;
import cn.jixiao.fields.FieldComment;
import cn.jixiao.review.FieldRef;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;

/**
 * The 意见 list of a year: every remark on a field (from the bureau's returned workbooks or typed
 * in from an email), marked 已处理 with a note, each change one undo step.
 */
public final class CommentsViewModel {
    private final MainViewModel main;
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObservableList<FieldComment> comments = FXCollections.observableArrayList();

    public CommentsViewModel(MainViewModel main) {
        this.main = main;
        main.historyChangedProperty().addListener((o, a, b) -> refresh());
        main.workspaceProperty().addListener((o, a, b) -> refresh());
        main.selectedProperty().addListener((o, a, b) -> {
            if (b != null && b.year() != null) {
                year.set(b.year().year);
            }
        });
        year.addListener((o, a, b) -> refresh());
        if (main.unit() != null && !main.unit().years.isEmpty()) {
            year.set(main.unit().years.get(main.unit().years.size() - 1).year);
        }
        refresh();
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObservableList<FieldComment> comments() {
        return comments;
    }

    public void refresh() {
        comments.setAll(main.workspaceProperty().get() == null || year.get() == 0 ? List.of()
                : main.workspaceProperty().get().comments(year.get()));
    }

    /** A year's remarks not yet dealt with (未处理), which the editors mark on their fields. */
    public List<FieldComment> open(int y) {
        return main.workspaceProperty().get() == null || y == 0 ? List.of()
                : main.workspaceProperty().get().comments(y).stream().filter(c -> !c.handled).toList();
    }

    /** Where a remark sits, in the clerk's words. */
    public String where(FieldComment c) {
        return where(c.year, c.at);
    }

    /** A field of a year, in the clerk's words. */
    public String where(int year, FieldAddress at) {
        FiscalYear y = main.unit() == null ? null : main.unit().year(year).orElse(null);
        return FieldCatalogue.describe(main.unit(), y, at);
    }

    /** The place a finding would name for the remark's field, so that the list opens it; empty for a year's own settings. */
    public java.util.Optional<FieldRef> place(FieldComment c) {
        return FieldRef.of(c.at);
    }

    /** 已处理 (or not), with the clerk's note. */
    public void setHandled(FieldComment c, boolean handled, String note) {
        main.perform(Edits.commentHandled(c, handled, note));
    }

    /** A remark typed in (from an email) on a field of the year the list shows. */
    public void add(FieldAddress at, String author, String text) {
        add(year.get(), at, author, text);
    }

    /** A remark typed in (from an email) on a field of a year: one undo step. */
    public void add(int y, FieldAddress at, String author, String text) {
        FieldComment c = FieldComment.of(y, at, author == null || author.isBlank() ? FieldComment.BUREAU : author.strip(),
                LocalDate.now(), text.strip(), "");
        main.perform(Edits.addComments(main.workspaceProperty().get().comments(y), List.of(c)));
    }
}
