package cn.jixiao.app.table;

import cn.jixiao.app.focus.Reveal;
import cn.jixiao.app.table.Sheet.Move;
import javafx.application.Platform;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The text box of a cell being edited, for every table: Tab / Enter (with or without Shift)
 * commit and move, Esc cancels, and losing the focus any other way (a click on another cell,
 * a button, the unit tree) commits what was typed. Whatever happens, the text is handed over
 * exactly once.
 */
public final class CellEditor {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private final TextField field = new TextField();
    private final Control table;
    private final BiConsumer<String, Move> commit;
    private final Runnable cancel;
    private final boolean seeded;
    private final String original;
    private boolean done;

    /**
     * @param table  the table the cell is in (it takes the focus back when the editor closes by key)
     * @param text   the cell's text; replaced by the typed character when a key started the edit
     * @param commit receives the text and the move asked for, once
     * @param cancel ends the edit without saving (Esc)
     * @param keys   sees every key first (e.g. a suggestion list); true when it took the key
     */
    public CellEditor(Control table, String text, BiConsumer<String, Move> commit, Runnable cancel, Predicate<KeyEvent> keys) {
        this.table = table;
        this.commit = commit;
        this.cancel = cancel;
        String seed = Sheet.takeSeed(table);
        field.setId("cellEditor");
        original = text == null ? "" : text;
        field.setText(seed != null ? seed : original);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (keys != null && keys.test(e)) {
                return;
            }
            Move m = Move.of(e);
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                escape();
            } else if (!changed() && (UNDO.match(e) || REDO.match(e))) {
                // nothing typed in this cell yet: Ctrl+Z / Ctrl+Y are the window's undo and redo, not the box's
                e.consume();
                escape();
                table.fireEvent(e.copyFor(table, table));
            } else if (m != null) {
                e.consume();
                finish(m);
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is && !done) {
                finish(Move.NONE);
            }
        });
        seeded = seed != null;
        // the cell may get its editor during a layout pass, after a focus request would count
        Platform.runLater(() -> {
            if (!done && field.getScene() != null && !field.isFocused()) {
                focus();
            }
        });
    }

    public TextField field() {
        return field;
    }

    /** Puts the cursor in the box: all selected, or after the character typed to start. */
    public void focus() {
        field.requestFocus();
        Reveal.inView(field);
        if (seeded) {
            field.end();
        } else {
            field.selectAll();
        }
    }

    /** False when the cell was left as it was shown: nothing to save (and no undo step to make). */
    public boolean changed() {
        return seeded || !field.getText().equals(original);
    }

    /** True once the text was handed over or dropped. */
    public boolean done() {
        return done;
    }

    /**
     * The table ended the edit (a click on another cell, a scroll): what was typed is committed
     * once the table has finished ending it.
     */
    public void endedByTable() {
        if (!done) {
            done = true;
            String text = field.getText();
            Platform.runLater(() -> commit.accept(text, Move.NONE));
        }
    }

    /** Drops the text without committing it (a suggestion chosen instead, a reload). */
    public void drop() {
        done = true;
    }

    private void finish(Move m) {
        if (done) {
            return;
        }
        done = true;
        if (m != Move.NONE) {
            // before the box leaves the scene, or the window gives the focus to its first control
            table.requestFocus();
        }
        commit.accept(field.getText(), m);
    }

    private void escape() {
        if (done) {
            return;
        }
        done = true;
        table.requestFocus();
        cancel.run();
    }
}
