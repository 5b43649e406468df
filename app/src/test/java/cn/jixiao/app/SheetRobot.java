package cn.jixiao.app;

import cn.jixiao.app.main.UnitNode;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.function.Predicate;

/**
 * What the tables' keyboard tests do in the window: open a node of the unit tree, bring a
 * table into view, find a cell, type and press keys as the clerk does.
 */
public final class SheetRobot {
    private final FxRobot robot;

    public SheetRobot(FxRobot robot) {
        this.robot = robot;
    }

    /** Selects the first node of the unit tree that matches, as a click would. */
    @SuppressWarnings("unchecked")
    public void open(Predicate<UnitNode> which) {
        TreeView<UnitNode> tree = robot.lookup("#unitTree").queryAs(TreeView.class);
        TreeItem<UnitNode> item = find(tree.getRoot(), which);
        if (item == null) {
            throw new AssertionError("no such node in the unit tree");
        }
        robot.interact(() -> tree.getSelectionModel().select(item));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TreeItem<UnitNode> find(TreeItem<UnitNode> item, Predicate<UnitNode> which) {
        if (item.getValue() != null && which.test(item.getValue())) {
            return item;
        }
        for (TreeItem<UnitNode> c : item.getChildren()) {
            TreeItem<UnitNode> f = find(c, which);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** The node of a kind in a year (and, for project nodes, of the named project). */
    public static Predicate<UnitNode> node(UnitNode.Kind kind, int year, String project) {
        return n -> n.kind() == kind && n.year() != null && n.year().year == year
                && (project == null || n.project() != null && n.project().name.equals(project));
    }

    /** Scrolls the editor so the node's top is in view. */
    public void show(String id) {
        ScrollPane sp = robot.lookup("#details").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node t = robot.lookup(id).query();
            double y = t.localToScene(0, 0).getY() - sp.getContent().localToScene(0, 0).getY();
            double range = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
            if (range > 0) {
                sp.setVvalue(Math.min(1, Math.max(0, (y - 10) / range)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The shown cell of a table (by its id) at a row, in the column with that id. */
    public IndexedCell<?> cell(String tableId, int row, String columnId) {
        return robot.lookup(tableId + " .indexed-cell").queryAllAs(IndexedCell.class).stream()
                .filter(c -> c.getIndex() == row && c.isVisible() && columnId.equals(columnIdOf(c)))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + tableId + " " + row + "/" + columnId));
    }

    private static String columnIdOf(IndexedCell<?> c) {
        if (c instanceof TableCell<?, ?> t) {
            return t.getTableColumn() == null ? null : t.getTableColumn().getId();
        }
        if (c instanceof TreeTableCell<?, ?> t) {
            return t.getTableColumn() == null ? null : t.getTableColumn().getId();
        }
        return null;
    }

    /** Clicks once on the cell (selecting it, not editing it). */
    public SheetRobot click(String tableId, int row, String columnId) {
        robot.clickOn(cell(tableId, row, columnId));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public SheetRobot write(String text) {
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public SheetRobot type(KeyCode... keys) {
        for (KeyCode k : keys) {
            robot.type(k);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return this;
    }

    public SheetRobot shift(KeyCode key) {
        robot.press(KeyCode.SHIFT, key).release(key, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Clicks a node by its id, e.g. another field or a button: the cell being edited is left. */
    public SheetRobot clickOn(String query) {
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The unit as the window's open file holds it (read back from the file, not the objects on screen). */
    public static cn.jixiao.domain.Unit saved(JixiaoApp app) {
        return app.viewModel().workspaceProperty().get().file().load();
    }

    /** The focused node's id and those of its parents up to the scene, nearest first. */
    public List<String> focusPath() {
        List<String> ids = new java.util.ArrayList<>();
        Node n = robot.lookup("#unitTree").query().getScene().getFocusOwner();
        for (; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                ids.add(n.getId());
            }
        }
        return ids;
    }
}
