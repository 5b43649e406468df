package cn.jixiao.app.focus;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab leaves a text box (多行文本框) as it leaves every other field. A JavaFX text area types a
 * tab character instead, so a clerk working from the keyboard is stuck in 职能职责 or 项目概况 with a
 * stray tab in the text that later lands in the Word form. Ctrl+Tab keeps its usual meaning.
 */
public final class TabLeaves {
    private TabLeaves() {
    }

    /** Makes Tab / Shift+Tab in this text area move to the next / previous field; returns the area. */
    public static TextArea install(TextArea a) {
        a.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // the same key with Ctrl is the text area's own 'leave the field' traversal
                a.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        return a;
    }
}
