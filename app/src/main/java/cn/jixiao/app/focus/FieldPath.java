package cn.jixiao.app.focus;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableColumnBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 字段位置: which field of the unit an input edits, by the field's path as a review finding names it
 * ("safeguards", "funds.statedTotal", "selfEvaluation.signature.date", "rows[3].thisYearBudget"; a
 * table column by its cells' field: "remark", "expenseLines[].thisYear"). A finding on the field lands
 * on the input so marked ({@link #reveal}); the list of fields the window edits is read from the marks.
 */
public final class FieldPath {
    private FieldPath() {
    }

    /**
     * Marks an input (text box, amount field, list) as the editor of the field at {@code path}; a
     * whole table also of the fields it edits by its rows ("indicators", "notApplicable").
     */
    public static <N extends Node> N tag(N input, String... paths) {
        input.getProperties().put(Mark.class, new Mark(List.of(paths)));
        return input;
    }

    /** Marks a table column whose cells edit the field at {@code path}. */
    public static <C extends TableColumnBase<?, ?>> C tag(C column, String path) {
        column.getProperties().put(Mark.class, new Mark(List.of(path)));
        return column;
    }

    /** The (first) path an input or a table column was marked with. */
    public static Optional<String> of(Object inputOrColumn) {
        return all(inputOrColumn).stream().findFirst();
    }

    /** Every path an input or a table column was marked with; empty when it has no mark. */
    public static List<String> all(Object inputOrColumn) {
        var props = inputOrColumn instanceof Node n ? n.getProperties()
                : inputOrColumn instanceof TableColumnBase<?, ?> c ? c.getProperties() : null;
        return props != null && props.get(Mark.class) instanceof Mark m ? m.paths() : List.of();
    }

    /** The marked inputs under a node (itself included), in scene order. */
    public static List<Node> tagged(Node root) {
        // a control shows its content (a scroll pane's page) only once it has its skin
        root.applyCss();
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    /** Scrolls to, focuses and selects the input under {@code root} marked with the path; false when there is none. */
    public static boolean reveal(Node root, String path) {
        return tagged(root).stream().filter(n -> all(n).contains(path)).findFirst().map(Reveal::field).orElse(false);
    }

    private static void collect(Node n, List<Node> out) {
        if (of(n).isPresent()) {
            out.add(n);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    /** The mark's own type, so that no other property of a node is taken for it. */
    private record Mark(List<String> paths) {
    }
}
