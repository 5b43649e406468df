package cn.jixiao.app.review;

import cn.jixiao.app.WindowTest;
import cn.jixiao.app.indicator.IndicatorEditor.Row;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.review.Finding;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review round trip in the window: clear a 指标值 in the indicator editor, the finding appears,
 * double-click leads back to the row, type the target again, the finding goes.
 */
class FindingsEditorRoundTripTest extends WindowTest {
    @SuppressWarnings("unchecked")
    private static <T> TreeView<T> tree(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TreeView.class);
    }

    private static TreeItem<UnitNode> unitItem(TreeItem<UnitNode> item, Predicate<UnitNode> test) {
        if (item.getValue() != null && test.test(item.getValue())) {
            return item;
        }
        for (TreeItem<UnitNode> c : item.getChildren()) {
            TreeItem<UnitNode> f = unitItem(c, test);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** The listed finding about the indicator's missing 指标值, once review has settled. */
    private static Optional<TreeItem<FindingsPanel.Row>> missingTarget(FxRobot robot, Indicator indicator) {
        if (robot.lookup("#findingsBusy").query().isVisible()) {
            return Optional.empty();
        }
        TreeView<FindingsPanel.Row> list = tree(robot, "#findingsList");
        return list.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .filter(l -> {
                    Finding f = l.getValue().finding();
                    return f.code().equals("TARGET_MISSING") && f.where().indicatorId().equals(indicator.id);
                }).findFirst();
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<Row> indicators(FxRobot robot) {
        return robot.lookup("#indicatorTree").queryAs(TreeTableView.class);
    }

    private static int rowOf(TreeTableView<Row> table, Indicator indicator) {
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            Row r = table.getTreeItem(i).getValue();
            if (r.indicator() == indicator) {
                return i;
            }
        }
        throw new AssertionError("no row for " + indicator.name);
    }

    /** F2 edits the name; Tab goes on to the 指标值. */
    private static void typeTarget(FxRobot robot, TreeTableView<Row> table, Indicator indicator, String text) {
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(rowOf(table, indicator));
        });
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aClearedTargetIsFoundLeadsBackToItsRowAndGoesWhenTypedAgain(FxRobot robot) {
        TreeView<UnitNode> units = tree(robot, "#unitTree");
        TreeItem<UnitNode> item = unitItem(units.getRoot(), n -> n.kind() == UnitNode.Kind.PROJECT
                && n.year().year == 2021 && n.project().name.equals("机要工作经费"));
        robot.interact(() -> units.getSelectionModel().select(item));
        Project project = item.getValue().project();
        Indicator scope = project.indicators.stream().filter(i -> i.name.equals("工作范围")).findFirst().orElseThrow();
        assertEquals("所有机要保密文件", scope.target);
        waitFor("2021 reviewed", () -> !robot.lookup("#findingsBusy").query().isVisible()
                && tree(robot, "#findingsList").getRoot().getChildren().size() > 0);
        assertTrue(missingTarget(robot, scope).isEmpty(), "the published target is there");

        // clear it in the indicator editor
        TreeTableView<Row> table = indicators(robot);
        typeTarget(robot, table, scope, "");
        assertEquals("", scope.target, "the 指标值 was cleared through the editor");
        waitFor("the blank 指标值 is found", () -> missingTarget(robot, scope).isPresent());
        Finding finding = missingTarget(robot, scope).orElseThrow().getValue().finding();
        assertTrue(finding.message().contains("工作范围"), finding.message());

        // elsewhere in the tree, then double-click the finding: back on the project, on the row
        robot.interact(() -> units.getSelectionModel().select(units.getRoot()));
        FindingsPanelTest.openPanel(robot);
        TreeView<FindingsPanel.Row> list = tree(robot, "#findingsList");
        TreeItem<FindingsPanel.Row> leaf = missingTarget(robot, scope).orElseThrow();
        robot.interact(() -> list.scrollTo(list.getRow(leaf)));
        TreeCell<?> cell = robot.lookup("#findingsList .tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getTreeItem() == leaf).findFirst().orElseThrow();
        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        UnitNode selected = units.getSelectionModel().getSelectedItem().getValue();
        assertEquals(UnitNode.Kind.PROJECT, selected.kind());
        assertSame(project, selected.project());
        TreeTableView<Row> shown = indicators(robot);
        waitFor("the editor shows the row", () -> shown.getSelectionModel().getSelectedItem() != null
                && shown.getSelectionModel().getSelectedItem().getValue().indicator() == scope);
        assertTrue(shown.isFocused(), "the keyboard is on the indicator table");

        // type it again: the finding goes
        typeTarget(robot, shown, scope, "所有机要保密文件");
        assertEquals("所有机要保密文件", scope.target);
        waitFor("the finding goes once the 指标值 is back", () -> !robot.lookup("#findingsBusy").query().isVisible()
                && missingTarget(robot, scope).isEmpty()
                && tree(robot, "#findingsList").getRoot().getChildren().size() > 0);
    }
}
