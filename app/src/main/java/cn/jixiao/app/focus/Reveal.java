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
