package cn.jixiao.app.indicator;

import cn.jixiao.app.Messages;
import cn.jixiao.app.indicator.IndicatorEditor.Row;
import cn.jixiao.app.indicator.IndicatorEditorModel.Column;
import cn.jixiao.app.table.CellEditor;
import cn.jixiao.app.table.Sheet.Move;
import cn.jixiao.domain.Indicator;
import javafx.scene.control.TreeTableCell;

/**
 * A cell of a 三级 row edited in place with the table's {@link CellEditor}: Enter and Tab save
 * and move on, Escape leaves the value as it was, and leaving the cell any other way (a click
 * elsewhere) saves what was typed. The 指标名称 cell offers the 指标库 while typing.
 */
final class IndicatorCell extends TreeTableCell<Row, String> {
    private final IndicatorEditor editor;
    private final Column column;
    private CellEditor cellEditor;
    private Indicator editing;
    private LibraryPopup suggestions;

    IndicatorCell(IndicatorEditor editor, Column column) {
        this.editor = editor;
        this.column = column;
    }

    private Row row() {
        return getTableRow() == null ? null : getTableRow().getItem();
    }

    @Override
    public void startEdit() {
        Row r = row();
        if (r == null || r.indicator() == null || (isEditing() && cellEditor != null)) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        Indicator target = r.indicator();
        editing = target;
        CellEditor[] self = new CellEditor[1];
        cellEditor = self[0] = new CellEditor(getTreeTableView(), column.of(target),
                (value, move) -> finish(target, self[0].changed() ? value : null, move), this::escape, e -> suggestions != null && suggestions.key(e));
        if (column == Column.NAME) {
            suggestions = new LibraryPopup(cellEditor.field(), editor.library(), () -> target.subcategory, entry -> take(target, entry));
        }
        setText(null);
        setGraphic(cellEditor.field());
        cellEditor.focus();
    }

    private void finish(Indicator target, String value, Move move) {
        close();
        if (isEditing()) {
            super.cancelEdit();
        }
        show();
        editor.committed(target, column, value, move);
    }

    private void escape() {
        close();
        super.cancelEdit();
        show();
    }

    /** A 指标库 entry was chosen: the typed text is dropped, the entry fills the row. */
    private void take(Indicator row, cn.jixiao.indicators.IndicatorLibrary.Entry entry) {
        if (cellEditor == null || cellEditor.done()) {
            return;
        }
        cellEditor.drop();
        close();
        super.cancelEdit();
        show();
        editor.filled(row, entry);
    }

    @Override
    public void cancelEdit() {
        CellEditor e = cellEditor;
        Indicator target = editing;
        boolean lost = e != null && !e.done() && target != null && e.changed();
        String value = lost ? e.field().getText() : null;
        close();
        super.cancelEdit();
        show();
        if (lost) {
            // the table ended the edit (a click on another row): keep what was typed, once the table is done
            javafx.application.Platform.runLater(() -> editor.committed(target, column, value, Move.NONE));
        }
    }

    private void close() {
        if (suggestions != null) {
            suggestions.hide();
            suggestions = null;
        }
        if (cellEditor != null) {
            cellEditor.drop();
            cellEditor = null;
        }
        editing = null;
    }

    private void show() {
        setGraphic(null);
        setText(getItem());
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing() && cellEditor != null) {
            return;
        }
        setText(empty ? null : item);
        setGraphic(null);
        Row r = row();
        setStyle(r != null && r.indicator() == null && column == Column.TARGET && Messages.text("indicatorCell.text.notApplicable").equals(item)
                ? "-fx-text-fill: #888; -fx-font-style: italic;" : "");
    }
}
