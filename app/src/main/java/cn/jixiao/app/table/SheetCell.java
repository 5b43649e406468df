package cn.jixiao.app.table;

import cn.jixiao.app.table.Sheet.Move;
import javafx.event.Event;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;

import java.util.function.Predicate;

/**
 * A text cell of a {@link Sheet} table: edited with a {@link CellEditor}, so what was typed
 * reaches the column's edit-commit handler however the cell is left (but Esc) — also when the
 * table itself ended the edit, which a plain TextFieldTableCell turns into a loss.
 */
public class SheetCell<S> extends TableCell<S, String> {
    private static final String ROW_EDITABLE = "jixiao.sheet.rowEditable";
    private CellEditor editor;

    /** Gives the column sheet cells; {@code rowEditable} says which rows it may be typed in (null: all). */
    public static <S> void install(TableColumn<S, String> column, Predicate<S> rowEditable) {
        column.getProperties().put(ROW_EDITABLE, rowEditable == null ? (Predicate<S>) s -> true : rowEditable);
        if (column.getCellFactory() == null || !column.getProperties().containsKey(SheetCell.class)) {
            column.setCellFactory(c -> new SheetCell<>());
        }
    }

    /** Marks a column whose own cell factory makes subclasses of SheetCell. */
    public static <S> void installed(TableColumn<S, String> column, Predicate<S> rowEditable) {
        column.getProperties().put(ROW_EDITABLE, rowEditable == null ? (Predicate<S>) s -> true : rowEditable);
        column.getProperties().put(SheetCell.class, Boolean.TRUE);
    }

    static boolean isSheetColumn(TableColumn<?, ?> c) {
        return c.getProperties().containsKey(ROW_EDITABLE);
    }

    @SuppressWarnings("unchecked")
    static <S> boolean rowEditable(TableColumn<S, ?> c, S item) {
        Object p = c.getProperties().get(ROW_EDITABLE);
        return item != null && p instanceof Predicate<?> q && ((Predicate<S>) q).test(item);
    }

    @Override
    public void startEdit() {
        TableView<S> t = getTableView();
        if (t == null || isEditing() || getIndex() < 0 || getIndex() >= t.getItems().size()
                || !rowEditable(getTableColumn(), t.getItems().get(getIndex()))) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        int r = getIndex();
        TableColumn<S, String> c = getTableColumn();
        CellEditor[] self = new CellEditor[1];
        editor = self[0] = new CellEditor(t, getItem(), (text, move) -> finish(self[0], t, r, c, text, move), this::escape, null);
        setText(null);
        setGraphic(editor.field());
        editor.focus();
    }

    private void finish(CellEditor from, TableView<S> t, int r, TableColumn<S, String> c, String text, Move move) {
        boolean mine = editor == from && isEditing() && getIndex() == r;
        if (!from.changed()) {
            if (mine) {
                cancelEdit();
            }
        } else if (mine) {
            commitEdit(text);
        } else {
            fireCommit(t, r, c, text);
        }
        if (editor == from) {
            close();
        }
        Sheet s = Sheet.on(t);
        if (s != null) {
            s.after(r, c, move);
        }
    }

    private void escape() {
        super.cancelEdit();
        close();
    }

    @Override
    public void cancelEdit() {
        CellEditor e = editor;
        super.cancelEdit();
        if (e != null && !e.done()) {
            // the table ended the edit (a click on another cell): keep what was typed
            e.endedByTable();
        }
        close();
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        close();
    }

    private void close() {
        if (editor != null) {
            editor.drop();
            editor = null;
        }
        if (!isEditing()) {
            setGraphic(null);
            setText(isEmpty() ? null : getItem());
        }
    }

    private static <S> void fireCommit(TableView<S> t, int row, TableColumn<S, String> c, String text) {
        if (t == null || c == null || row < 0 || row >= t.getItems().size()) {
            return;
        }
        Event.fireEvent(c, new TableColumn.CellEditEvent<>(t, new TablePosition<>(t, row, c), TableColumn.editCommitEvent(), text));
    }

    @Override
    public void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing() && editor != null) {
            return;
        }
        setGraphic(null);
        setText(empty ? null : item);
    }
}
