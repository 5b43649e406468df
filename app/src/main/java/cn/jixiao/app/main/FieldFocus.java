package cn.jixiao.app.main;

import cn.jixiao.review.FieldRef;
import javafx.scene.Node;

import java.util.Optional;

/**
 * An editor that can put the cursor on one field, so that a review finding leads the clerk to
 * the very cell it is about. The editor's node implements it, or, when the node is a plain pane,
 * carries one in its properties: {@code node.getProperties().put(FieldFocus.class, focus)}.
 * Editors without it are only selected in the unit tree.
 */
public interface FieldFocus {
    /** Selects, scrolls to and focuses the field; false when this editor does not show it. */
    boolean focus(FieldRef ref);

    /** Gives an editor node its focus (for editors in packages that cannot name this interface). */
    static Node attach(Node editor, FieldFocus focus) {
        editor.getProperties().put(FieldFocus.class, focus);
        return editor;
    }

    /** The focus of an editor node shown for a tree node, if it has one. */
    static Optional<FieldFocus> of(Node editor) {
        if (editor instanceof FieldFocus f) {
            return Optional.of(f);
        }
        return editor != null && editor.getProperties().get(FieldFocus.class) instanceof FieldFocus f
                ? Optional.of(f) : Optional.empty();
    }
}
