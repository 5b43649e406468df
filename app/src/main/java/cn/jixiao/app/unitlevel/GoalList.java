package cn.jixiao.app.unitlevel;

import cn.jixiao.app.Messages;
import cn.jixiao.app.table.CellEditor;
import cn.jixiao.app.table.Sheet;
import cn.jixiao.app.table.Sheet.Move;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.editing.FieldEdit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * 整体绩效目标 as what it is, a numbered list: one goal a line, added with 添加目标 or Insert,
 * typed in place (F2, Enter, double-click or just typing), removed with Delete. What is typed
 * is saved however the line is left but Esc; a goal added and left empty is not kept, so no
 * placeholder text ever stands in for a goal.
 */
final class GoalList {
    private final EditorSupport support;
    private final FiscalYear year;
    private final ListView<String> list = new ListView<>();
    private final VBox root;
    /** A line added and not typed yet: shown, not saved. */
    private boolean adding;

    GoalList(EditorSupport support, FiscalYear year) {
        this.support = support;
        this.year = year;
        list.setId("goals");
        list.setEditable(true);
        list.setPrefHeight(150);
        list.setStyle("-fx-border-color: #9aa9bd;");
        list.setPlaceholder(new Label(Messages.text("goalList.placeholder")));
        list.setCellFactory(v -> new GoalCell());
        // a commit sent to the list itself (not through a cell's box) is saved the same way
        list.setOnEditCommit(e -> typed(e.getIndex(), at(e.getIndex()), e.getIndex() >= year.overall.goals.size(), e.getNewValue()));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        list.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (list.getEditingIndex() < 0 && i >= 0) {
                Sheet.typed(list, e, () -> list.edit(i));
            }
        });
        Button add = new Button(Messages.text("overallEditor.button.addGoal"));
        add.setId("addGoal");
        add.setOnAction(e -> add());
        Button remove = new Button(Messages.text("overallEditor.button.deleteGoal"));
        remove.setId("removeGoal");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> remove());
        Label hint = new Label(Messages.text("goalList.hint"));
        hint.setStyle("-fx-text-fill: #666;");
        hint.setWrapText(true);
        root = new VBox(4, hint, list, new HBox(6, add, remove));
        support.onRefresh(this::load);
        load();
    }

    VBox view() {
        return root;
    }

    ListView<String> list() {
        return list;
    }

    private void load() {
        if (list.getEditingIndex() >= 0) {
            return;   // the line being typed stays; the list follows when it is saved
        }
        adding = false;
        int selected = list.getSelectionModel().getSelectedIndex();
        list.getItems().setAll(year.overall.goals);
        if (selected >= 0 && selected < list.getItems().size()) {
            list.getSelectionModel().select(selected);
        }
    }

    private void keys(KeyEvent e) {
        if (list.getEditingIndex() >= 0) {
            return;
        }
        int i = list.getSelectionModel().getSelectedIndex();
        if (e.getCode() == KeyCode.INSERT) {
            add();
        } else if (e.getCode() == KeyCode.DELETE && i >= 0) {
            remove();
        } else if ((e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) && i >= 0) {
            list.edit(i);
        } else {
            return;
        }
        e.consume();
    }

    /** A new empty line at the end, being typed; saved when it has text. */
    void add() {
        if (list.getEditingIndex() >= 0) {
            list.edit(-1);
        }
        adding = true;
        list.getItems().add("");
        int at = list.getItems().size() - 1;
        list.getSelectionModel().select(at);
        list.scrollTo(at);
        list.requestFocus();
        list.layout();
        list.edit(at);
    }

    private String at(int index) {
        return index >= 0 && index < year.overall.goals.size() ? year.overall.goals.get(index) : "";
    }

    private void remove() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0 && i < year.overall.goals.size()) {
            List<String> after = new ArrayList<>(year.overall.goals);
            after.remove(i);
            save(Messages.text("overallEditor.text.deleteGoalEdit"), after);
        } else {
            load();
        }
    }

    /**
     * A line as typed: a new line is added, an emptied one removed, a changed one saved. The line
     * is found again by its text when the list changed meanwhile (another line saved first).
     */
    private void typed(int index, String original, boolean added, String text) {
        String v = text == null ? "" : text.strip();
        List<String> after = new ArrayList<>(year.overall.goals);
        int at = index < after.size() && after.get(index).equals(original) ? index : after.indexOf(original);
        if (added) {
            adding = false;
            if (!v.isEmpty()) {
                after.add(v);
                save(Messages.text("overallEditor.text.addGoalEdit"), after);
                return;
            }
        } else if (at >= 0 && v.isEmpty()) {
            after.remove(at);
            save(Messages.text("overallEditor.text.deleteGoalEdit"), after);
            return;
        } else if (at >= 0 && !v.equals(original)) {
            after.set(at, v);
            save(Messages.text("overallEditor.text.changeGoalEdit"), after);
            return;
        }
        load();
    }

    private void save(String description, List<String> after) {
        support.perform(new FieldEdit<>(description, new ArrayList<>(year.overall.goals), after,
                v -> year.overall.goals = new ArrayList<>(v), (file, v) -> file.saveYear(year)));
        load();
    }

    /** A numbered goal, typed in place with the tables' {@link CellEditor}. */
    private final class GoalCell extends ListCell<String> {
        private CellEditor editor;

        @Override
        public void startEdit() {
            if (isEditing() || isEmpty()) {
                return;
            }
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            int index = getIndex();
            String original = getItem();
            boolean added = index >= year.overall.goals.size();
            CellEditor[] self = new CellEditor[1];
            editor = self[0] = new CellEditor(list, original,
                    (text, move) -> finish(self[0], move, () -> typed(index, original, added, text)), this::escape, null);
            editor.field().setPromptText(Messages.text("goalList.prompt"));
            setText(null);
            setGraphic(editor.field());
            editor.focus();
        }

        private void finish(CellEditor from, Move move, Runnable save) {
            if (editor == from && isEditing()) {
                super.cancelEdit();
            }
            if (editor == from) {
                close();
            }
            // a line added and left empty goes; any other line is saved as typed
            save.run();
            if (move != Move.NONE) {
                list.requestFocus();
            }
        }

        private void escape() {
            super.cancelEdit();
            close();
            if (adding) {
                adding = false;
                load();
            }
        }

        @Override
        public void cancelEdit() {
            CellEditor e = editor;
            super.cancelEdit();
            if (e != null && !e.done()) {
                // the list ended the edit (a click on another line): keep what was typed
                e.endedByTable();
            }
            close();
        }

        private void close() {
            if (editor != null) {
                editor.drop();
                editor = null;
            }
            show(getItem(), isEmpty());
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (isEditing() && editor != null) {
                return;
            }
            show(item, empty);
        }

        private void show(String item, boolean empty) {
            setGraphic(null);
            setText(empty || item == null ? null : (getIndex() + 1) + ". " + item);
        }
    }
}
