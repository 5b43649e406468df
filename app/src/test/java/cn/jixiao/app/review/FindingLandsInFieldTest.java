package cn.jixiao.app.review;

import cn.jixiao.app.IsolatedHome;
import cn.jixiao.app.SheetRobot;
import cn.jixiao.app.WindowTest;
import cn.jixiao.app.focus.FieldPath;
import cn.jixiao.app.focus.Reveal;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.Check;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Review;
import cn.jixiao.workspace.Workspace;
import javafx.scene.Node;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 双击即到字段, driven by the registry of checks: on a unit broken so that every check of
 * {@link Review#CHECKS} finds something ({@link BrokenUnit}), one finding of each check for each
 * kind of place it points at is double-clicked in the findings panel, and the keyboard must then
 * be in that very field: the text or amount box marked with the field's path, the indicator's row
 * (in the field's column where the table has one), the row and column of a 支出明细, 实施进度 or
 * 基础数据表 cell, the 自评报告 section, the 运行监控 record.
 */
class FindingLandsInFieldTest extends WindowTest {
    @Override
    protected void beforeTheWindow() throws IOException {
        Path file = home.resolve(IsolatedHome.CLERK_FILE);
        Files.deleteIfExists(file);
        Workspace.create(file, BrokenUnit.make()).close();
    }

    @Test
    void everyCheckFindsSomethingAndEachFindingLandsInItsField(FxRobot robot) {
        Unit unit = app.viewModel().unit();
        Map<String, Finding> picked = new LinkedHashMap<>();
        List<String> silent = new ArrayList<>();
        for (Check c : Review.CHECKS) {
            List<Finding> found = new ArrayList<>();
            for (FiscalYear y : unit.years) {
                found.addAll(c.check(unit, y));
            }
            if (found.isEmpty()) {
                silent.add(c.code());
            }
            // one finding per kind of place: "rows[6].thisYearBudget" and "rows[9].thisYearBudget" are one kind
            found.forEach(f -> picked.putIfAbsent(c.code() + " " + f.where().kind() + " " + f.where().projectId().isEmpty()
                    + " " + f.where().field().replaceAll("\\[\\d+]", "[]"), f));
        }
        assertEquals(List.of(), silent, "BrokenUnit gives every check something to find");

        List<String> missed = new ArrayList<>();
        for (Finding f : picked.values()) {
            doubleClick(robot, f);
            Node owner = robot.lookup("#unitTree").query().getScene().getFocusOwner();
            Landing at = Landing.of(owner);
            if (!at.isOn(f.where())) {
                @SuppressWarnings("unchecked")
                TreeView<UnitNode> units = robot.lookup("#unitTree").queryAs(TreeView.class);
                TreeItem<UnitNode> shown = units.getSelectionModel().getSelectedItem();
                missed.add(f.code() + " " + f.where() + " → " + at + " (shown: " + (shown == null ? "nothing" : shown.getValue().kind()
                        + " " + (shown.getValue().project() == null ? "" : shown.getValue().project().name)) + ")");
            }
        }
        assertEquals(List.of(), missed, "each finding's double-click lands in its field");
    }

    /** Double-clicks the finding in the panel, after showing its year there. */
    private void doubleClick(FxRobot robot, Finding f) {
        FindingsPanelTest.openPanel(robot);
        @SuppressWarnings("unchecked")
        TreeView<FindingsPanel.Row> list = robot.lookup("#findingsList").queryAs(TreeView.class);
        if (leaf(list, f).isEmpty()) {
            new SheetRobot(robot).open(SheetRobot.node(UnitNode.Kind.YEAR, f.year(), null));
            waitFor("the findings of " + f.year() + " list " + f.code() + " " + f.where(),
                    () -> !robot.lookup("#findingsBusy").query().isVisible() && leaf(list, f).isPresent());
        }
        TreeItem<FindingsPanel.Row> leaf = leaf(list, f).orElseThrow();
        robot.interact(() -> {
            for (TreeItem<FindingsPanel.Row> up = leaf.getParent(); up != null; up = up.getParent()) {
                up.setExpanded(true);
            }
            list.scrollTo(list.getRow(leaf));
        });
        WaitForAsyncUtils.waitForFxEvents();
        // on a busy machine two clicks can come too far apart to be a double-click: then try again
        for (int attempt = 0; attempt == 0 || attempt < 3 && !opened(robot, f); attempt++) {
            TreeCell<?> cell = robot.lookup("#findingsList .tree-cell").queryAllAs(TreeCell.class).stream()
                    .filter(c -> c.getTreeItem() == leaf).findFirst().orElseThrow();
            robot.doubleClickOn(cell);
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> opened(robot, f));
            } catch (java.util.concurrent.TimeoutException e) {
                continue;
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The unit tree shows the node of the finding's field, and the keyboard has left the findings list. */
    private static boolean opened(FxRobot robot, Finding f) {
        @SuppressWarnings("unchecked")
        TreeView<UnitNode> units = robot.lookup("#unitTree").queryAs(TreeView.class);
        TreeItem<UnitNode> shown = units.getSelectionModel().getSelectedItem();
        UnitNode.Kind kind = FindingPlace.of(f.where());
        return shown != null && shown.getValue().kind() == kind
                && (kind == UnitNode.Kind.UNIT || shown.getValue().year() != null && shown.getValue().year().year == f.year())
                && (!FindingPlace.ofProject(kind) || shown.getValue().project().id.equals(f.where().projectId()))
                && !"findingsList".equals(String.valueOf(units.getScene().getFocusOwner() == null ? null : units.getScene().getFocusOwner().getId()));
    }

    private static Optional<TreeItem<FindingsPanel.Row>> leaf(TreeView<FindingsPanel.Row> list, Finding f) {
        return leaves(list.getRoot()).stream().filter(l -> l.getValue().finding() != null
                && l.getValue().finding().year() == f.year() && l.getValue().finding().code().equals(f.code())
                && l.getValue().finding().where().equals(f.where())).findFirst();
    }

    private static List<TreeItem<FindingsPanel.Row>> leaves(TreeItem<FindingsPanel.Row> item) {
        List<TreeItem<FindingsPanel.Row>> out = new ArrayList<>();
        for (TreeItem<FindingsPanel.Row> c : item.getChildren()) {
            out.add(c);
            out.addAll(leaves(c));
        }
        return out;
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Where the keyboard is: the paths of the marked input that has it (or of the table), and for a
     * table the focused row (its indicator, if the row is one) and the paths of the focused column.
     */
    private record Landing(List<String> paths, boolean table, int row, String indicatorId, List<String> column,
                           List<List<String>> columns, String owner) {
        static Landing of(Node owner) {
            for (Node n = owner; n != null; n = n.getParent()) {
                if (n instanceof TableView<?> t && t.getFocusModel().getFocusedCell() != null) {
                    int row = t.getFocusModel().getFocusedIndex();
                    Object item = row < 0 || row >= t.getItems().size() ? null : t.getItems().get(row);
                    return table(n, row, item, t.getFocusModel().getFocusedCell().getTableColumn(), t.getVisibleLeafColumns(), owner);
                }
                if (n instanceof TreeTableView<?> t && t.getFocusModel().getFocusedCell() != null) {
                    int row = t.getFocusModel().getFocusedIndex();
                    TreeItem<?> item = row < 0 ? null : t.getTreeItem(row);
                    return table(n, row, item == null ? null : item.getValue(), t.getFocusModel().getFocusedCell().getTableColumn(),
                            t.getVisibleLeafColumns(), owner);
                }
                if (!FieldPath.all(n).isEmpty()) {
                    return new Landing(FieldPath.all(n), false, -1, "", List.of(), List.of(), String.valueOf(owner));
                }
            }
            return new Landing(List.of(), false, -1, "", List.of(), List.of(), String.valueOf(owner));
        }

        private static Landing table(Node table, int row, Object item, TableColumnBase<?, ?> focused,
                                     List<? extends TableColumnBase<?, ?>> visible, Node owner) {
            List<List<String>> columns = visible.stream().map(FieldPath::all).toList();
            return new Landing(FieldPath.all(table), true, row, indicatorOf(item).map(i -> i.id).orElse(""),
                    focused == null ? List.of() : FieldPath.all(focused), columns, String.valueOf(owner));
        }

        /** The indicator a table row shows: the row itself, or its {@code indicator()}. */
        private static Optional<Indicator> indicatorOf(Object item) {
            if (item instanceof Indicator i) {
                return Optional.of(i);
            }
            try {
                var m = item == null ? null : item.getClass().getMethod("indicator");
                if (m != null) {
                    m.setAccessible(true);
                    return Optional.ofNullable((Indicator) m.invoke(item));
                }
            } catch (ReflectiveOperationException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }

        boolean isOn(FieldRef ref) {
            String field = ref.field();
            // a 运行监控 field is named within its period: "monitoring[6].expectedExecuted"
            if (field.startsWith("monitoring[")) {
                field = field.substring(field.indexOf("].") + 2);
            }
            if (ref.kind() == FieldRef.Kind.INDICATOR) {
                if (!table) {
                    return paths.contains(field);
                }
                String f = field;
                boolean hasColumn = columns.stream().anyMatch(c -> c.contains(f));
                return indicatorId.equals(ref.indicatorId()) && (!hasColumn || column.contains(field));
            }
            Optional<Reveal.Cell> cell = Reveal.Cell.of(field);
            if (cell.isPresent()) {
                String list = field.substring(0, field.indexOf('['));
                String col = cell.get().column().isEmpty() ? "label" : cell.get().column();
                return table && row == cell.get().row() && column.contains(list + "[]." + col);
            }
            return paths.contains(field);
        }

        @Override
        public String toString() {
            return table ? "table " + paths + " row " + row + (indicatorId.isEmpty() ? "" : " (" + indicatorId + ")") + " column " + column
                    : paths.isEmpty() ? "no marked field: " + owner : "field " + paths;
        }
    }
}
