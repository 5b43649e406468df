package cn.jixiao.app.indicator;

import cn.jixiao.app.Messages;
import cn.jixiao.app.indicator.IndicatorEditor.Row;
import cn.jixiao.app.indicator.IndicatorEditorModel.Column;
import cn.jixiao.domain.Indicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A cell of a 三级 row edited in place. Enter and Tab save and move on, Escape leaves the value
 * as it was, and leaving the cell any other way (a click elsewhere) saves what was typed.
 */
final class IndicatorCell extends TreeTableCell<Row, String> {
    private final IndicatorEditor editor;
    private final Column column;
    private TextField field;
    private Indicator editing;
    private boolean done;
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
        if (r == null || r.indicator() == null || (isEditing() && field != null)) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editing = r.indicator();
        done = false;
        field = new TextField(column.of(editing));
        field.setId("cellEditor");
        if (column == Column.NAME) {
            Indicator row = editing;
            suggestions = new LibraryPopup(field, editor.library(), () -> row.subcategory, entry -> take(row, entry));
        }
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (suggestions != null && suggestions.key(e)) {
                return;
            }
            if (e.getCode() == KeyCode.ESCAPE) {
                done = true;
                cancelEdit();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
                finish(e.getCode(), e.isShiftDown());
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is && isEditing() && !done) {
                finish(null, false);
            }
        });
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.selectAll();
        // the cell may get its editor during a layout pass, after a focus request would count
        TextField mine = field;
        javafx.application.Platform.runLater(() -> {
            if (field == mine && isEditing()) {
                mine.requestFocus();
                mine.end();
            }
        });
    }

    private void finish(KeyCode how, boolean back) {
        if (done) {
            return;
        }
        done = true;
        Indicator target = editing;
        String value = field.getText();
        cancelEdit();
        editor.committed(target, column, value, how, back);
    }

    /** A 指标库 entry was chosen: the typed text is dropped, the entry fills the row. */
    private void take(Indicator row, cn.jixiao.indicators.IndicatorLibrary.Entry entry) {
        if (done) {
            return;
        }
        done = true;
        cancelEdit();
        editor.filled(row, entry);
    }

    @Override
    public void cancelEdit() {
        boolean lostByClick = !done && field != null && editing != null;
        Indicator target = editing;
        String value = field == null ? null : field.getText();
        done = true;
        if (suggestions != null) {
            suggestions.hide();
            suggestions = null;
        }
        super.cancelEdit();
        setGraphic(null);
        setText(getItem());
        editing = null;
        field = null;
        if (lostByClick) {
            // the table ended the edit (a click on another row): keep what was typed
            javafx.application.Platform.runLater(() -> editor.committed(target, column, value, null, false));
        }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing() && field != null) {
            return;
        }
        setText(empty ? null : item);
        setGraphic(null);
        Row r = row();
        setStyle(r != null && r.indicator() == null && column == Column.TARGET && Messages.text("indicatorCell.text.1").equals(item)
                ? "-fx-text-fill: #888; -fx-font-style: italic;" : "");
    }
}
