package cn.jixiao.app.focus;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;

/**
 * Bringing a field in front of the clerk: the scroll pane around it moves just far enough to
 * show it (a review finding, 查找, Tab through a long form), then the field takes the keyboard
 * with its text selected.
 */
public final class Reveal {
    private static final double MARGIN = 12;

    private Reveal() {
    }

    /** Scrolls to the field, focuses it and selects its text; false when there is no field. */
    public static boolean field(Node n) {
        if (n == null) {
            return false;
        }
        inView(n);
        n.requestFocus();
        if (n instanceof TextInputControl t) {
            t.selectAll();
        }
        return true;
    }

    /**
     * A cell of a list a finding names by index: "expenseLines[2].thisYear", "rows[12].thisYearBudget",
     * "schedule[0]" (the row as a whole: column empty).
     */
    public record Cell(int row, String column) {
        private static final java.util.regex.Pattern AT = java.util.regex.Pattern.compile("^\\w+\\[(\\d+)](?:\\.(\\w+))?$");

        /** The cell the path names; empty when it names no row. */
        public static java.util.Optional<Cell> of(String path) {
            var m = AT.matcher(path);
            return m.matches() ? java.util.Optional.of(new Cell(Integer.parseInt(m.group(1)), m.group(2) == null ? "" : m.group(2)))
                    : java.util.Optional.empty();
        }
    }

    /** Scrolls the shown row of a table or tree (its index) into the scroll pane's view. */
    public static void row(Node table, int index) {
        table.applyCss();
        if (table instanceof javafx.scene.Parent p) {
            p.layout();
        }
        table.lookupAll(".indexed-cell").stream()
                .filter(c -> c instanceof IndexedCell<?> cell && cell.getIndex() == index && cell.isVisible()
                        && (c.getStyleClass().contains("table-row-cell") || c.getStyleClass().contains("tree-table-row-cell")))
                .findFirst().ifPresent(Reveal::inView);
    }

    /** Scrolls the nearest scroll pane around the node just far enough to show it whole (its top if it is taller). */
    public static void inView(Node n) {
        ScrollPane sp = scrollPaneOf(n);
        if (sp == null || sp.getContent() == null) {
            return;
        }
        Node content = sp.getContent();
        sp.applyCss();
        sp.layout();
        Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        double viewport = sp.getViewportBounds().getHeight();
        double range = content.getBoundsInLocal().getHeight() - viewport;
        if (range <= 0 || b == null) {
            return;
        }
        double top = sp.getVvalue() * range;
        double target;
        if (b.getMinY() < top || b.getHeight() + 2 * MARGIN > viewport) {
            target = b.getMinY() - MARGIN;
        } else if (b.getMaxY() > top + viewport) {
            target = b.getMaxY() - viewport + MARGIN;
        } else {
            return;
        }
        sp.setVvalue(Math.max(0, Math.min(1, target / range)));
    }

    private static ScrollPane scrollPaneOf(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                return s;
            }
        }
        return null;
    }
}
