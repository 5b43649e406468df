package cn.jixiao.app;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.ScrollEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static cn.jixiao.app.Frames.fx;

/**
 * Scrolls a tree table that shows all its rows (as the indicator editor's does) through the
 * scroll pane around it, from the tree's top to its bottom and back, one step a frame, for
 * {@link EditorBenchmark}.
 */
final class TreeScroll {
    /** One wheel notch: the pixels JavaFX's glass reports per notch on Linux and Windows. */
    static final double WHEEL = 40;

    /** Per step: the frame, and the scroll with CSS and layout on the FX thread. */
    record Times(List<Double> frame, List<Double> work) {
    }

    private final Frames frames;
    private final Supplier<ScrollPane> pane;
    private final Supplier<TreeTableView<?>> tree;

    TreeScroll(Frames frames, Supplier<ScrollPane> pane, Supplier<TreeTableView<?>> tree) {
        this.frames = frames;
        this.pane = pane;
        this.tree = tree;
    }

    /** Rows of the tree that have an item. */
    static List<TreeTableRow<?>> rows(TreeTableView<?> t) {
        List<TreeTableRow<?>> out = new ArrayList<>();
        for (Node n : t.lookupAll(".tree-table-row-cell")) {
            if (n instanceof TreeTableRow<?> r && !r.isEmpty() && r.getItem() != null && r.isVisible()) {
                out.add(r);
            }
        }
        return out;
    }

    /** The pane's vvalue that puts a y of its content at the top of the viewport. */
    double vvalueFor(double yInContent) {
        ScrollPane sp = pane.get();
        double range = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
        return Math.max(0, Math.min(1, yInContent / range));
    }

    double topV() {
        ScrollPane sp = pane.get();
        return vvalueFor(sp.getContent().sceneToLocal(tree.get().localToScene(0, 0)).getY());
    }

    double bottomV() {
        ScrollPane sp = pane.get();
        TreeTableView<?> t = tree.get();
        double bottom = sp.getContent().sceneToLocal(t.localToScene(0, t.getHeight())).getY();
        return vvalueFor(bottom - sp.getViewportBounds().getHeight());
    }

    /** Puts the tree's top at the top of the viewport. */
    void toTop() throws InterruptedException {
        frames.run(() -> pane.get().setVvalue(topV()));
    }

    /** Rows of the tree wholly inside the viewport. */
    List<TreeTableRow<?>> visibleRows() {
        ScrollPane sp = pane.get();
        Bounds port = sp.localToScene(sp.getLayoutBounds());
        List<TreeTableRow<?>> out = new ArrayList<>();
        for (TreeTableRow<?> r : rows(tree.get())) {
            Bounds b = r.localToScene(r.getLayoutBounds());
            if (b.getMinY() >= port.getMinY() && b.getMaxY() <= port.getMaxY()) {
                out.add(r);
            }
        }
        return out;
    }

    /** A wheel notch over the middle visible row: what the mouse wheel sends there. */
    private void wheel(double deltaY) {
        List<TreeTableRow<?>> visible = visibleRows();
        TreeTableRow<?> r = visible.get(visible.size() / 2);
        Bounds b = r.localToScene(r.getLayoutBounds());
        double x = b.getMinX() + 80;
        double y = b.getCenterY();
        Event.fireEvent(r, new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, false, false, false,
                false, false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.LINES, Math.signum(deltaY) * 3, 0, null));
    }

    /** Top → bottom → top by wheel notches, {@code rounds} times. */
    Times byWheel(int rounds) throws Exception {
        ScrollPane sp = pane.get();
        Times times = new Times(new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < rounds; round++) {
            toTop();
            double top = fx(this::topV);
            double bottom = fx(this::bottomV);
            for (int dir : new int[] {-1, 1}) {
                for (int k = 0; k < 400; k++) {
                    double before = fx(sp::getVvalue);
                    if (dir < 0 ? before >= bottom - 1e-9 : before <= top + 1e-9) {
                        break;
                    }
                    Frames.Step s = frames.run(() -> wheel(dir * WHEEL));
                    if (fx(sp::getVvalue) == before) {
                        throw new IllegalStateException("a wheel notch over the tree did not scroll it");
                    }
                    times.frame().add(s.frameMs());
                    times.work().add(s.shownMs());
                }
            }
        }
        if (times.frame().isEmpty()) {
            throw new IllegalStateException("the tree fits in the window: nothing to scroll");
        }
        return times;
    }

    /** Top → bottom → top a viewport's height a step, {@code rounds} times. */
    List<Double> byPage(int rounds) throws Exception {
        ScrollPane sp = pane.get();
        List<Double> frame = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            toTop();
            double top = fx(this::topV);
            double bottom = fx(this::bottomV);
            double page = fx(() -> vvalueFor(sp.getViewportBounds().getHeight()));
            for (int dir : new int[] {1, -1}) {
                for (int k = 0; k < 100; k++) {
                    double v = fx(sp::getVvalue);
                    if (dir > 0 ? v >= bottom - 1e-9 : v <= top + 1e-9) {
                        break;
                    }
                    double to = dir > 0 ? Math.min(bottom, v + page) : Math.max(top, v - page);
                    frame.add(frames.run(() -> sp.setVvalue(to)).frameMs());
                }
            }
        }
        return frame;
    }
}
