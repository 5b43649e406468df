package cn.jixiao.app.main;

import cn.jixiao.review.FieldRef;
import javafx.scene.Node;
import javafx.scene.Parent;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * Marks an input (a text box, an amount field, a table column) as the editor of one field, by
     * the field's path as a {@link FieldRef} names it ("safeguards", "funds.statedTotal",
     * "selfEvaluation.signature.date", an indicator column's "remark"). A finding on that field
     * lands here ({@link #reveal}), and the window's list of edited fields is read from these marks.
     */
    static <N extends Node> N tag(N input, String path) {
        input.getProperties().put(Path.class, new Path(path));
        return input;
    }

    /** The same mark on a table column, whose cells are the field's editors. */
    static <C extends javafx.scene.control.TableColumnBase<?, ?>> C tag(C column, String path) {
        column.getProperties().put(Path.class, new Path(path));
        return column;
    }

    /** The field path an input or column was marked with. */
    static Optional<String> path(Object inputOrColumn) {
        var props = inputOrColumn instanceof Node n ? n.getProperties()
                : inputOrColumn instanceof javafx.scene.control.TableColumnBase<?, ?> c ? c.getProperties() : null;
        return props != null && props.get(Path.class) instanceof Path p ? Optional.of(p.value()) : Optional.empty();
    }

    /** The marked inputs under a node, in scene order. */
    static List<Node> tagged(Node root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    /** Scrolls to, focuses and selects the input under {@code root} marked with the path; false when there is none. */
    static boolean reveal(Node root, String path) {
        return tagged(root).stream().filter(n -> path(n).orElse("").equals(path)).findFirst()
                .map(cn.jixiao.app.focus.Reveal::field).orElse(false);
    }

    private static void collect(Node n, List<Node> out) {
        if (path(n).isPresent()) {
            out.add(n);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    /** The mark's type, so that no other property of a node is taken for it. */
    record Path(String value) {
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
