package cn.jixiao.app.review;

import cn.jixiao.app.WindowTest;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Severity;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample unit's 2022 review shows under the window, by project; a finding leads to its project. */
class FindingsPanelTest extends WindowTest {
    /** The panel starts folded to its title line; the clerk clicks the title to open it. */
    static void openPanel(FxRobot robot) {
        TitledPane pane = robot.lookup("#findingsPanel").queryAs(TitledPane.class);
        if (!pane.isExpanded()) {
            robot.clickOn(pane.lookup(".title"));
            WaitForAsyncUtils.waitForFxEvents();
        }
        org.junit.jupiter.api.Assertions.assertTrue(pane.isExpanded());
    }

    @SuppressWarnings("unchecked")
    private static TreeView<FindingsPanel.Row> list(FxRobot robot) {
        return robot.lookup("#findingsList").queryAs(TreeView.class);
    }

    private static List<TreeItem<FindingsPanel.Row>> leaves(TreeView<FindingsPanel.Row> list) {
        List<TreeItem<FindingsPanel.Row>> out = new ArrayList<>();
        for (TreeItem<FindingsPanel.Row> g : list.getRoot().getChildren()) {
            out.addAll(g.getChildren());
        }
        return out;
    }

    private static TreeItem<FindingsPanel.Row> group(TreeView<FindingsPanel.Row> list, String name) {
        return list.getRoot().getChildren().stream().filter(g -> g.getValue().label().startsWith(name + "（"))
                .findFirst().orElse(null);
    }

    private static void waitForFindings(FxRobot robot, TreeView<FindingsPanel.Row> list) throws Exception {
        try {
            javafx.scene.Node busy = robot.lookup("#findingsBusy").query();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !list.getRoot().getChildren().isEmpty() && !busy.isVisible());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no findings listed; panel: " + robot.lookup("#findingsPanel").queryAs(TitledPane.class).getText()
                    + "; status: " + robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                    .map(javafx.scene.control.Label::getText).toList(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSampleUnitsFindingsAreListedByProjectAndLeadToTheProject(FxRobot robot) throws Exception {
        TreeView<FindingsPanel.Row> list = list(robot);
        waitForFindings(robot, list);
        openPanel(robot);
        TitledPane pane = robot.lookup("#findingsPanel").queryAs(TitledPane.class);
        assertTrue(pane.getText().startsWith("审核 2022年度：错误 "), pane.getText());

        // seed 001 wrote '31..5' as 政务督查经费's executed fiscal appropriation
        TreeItem<FindingsPanel.Row> audit = group(list, "政务督查经费");
        assertNotNull(audit, "政务督查经费 has its own group");
        assertTrue(audit.getChildren().stream().map(c -> c.getValue().finding())
                .anyMatch(f -> f.severity() == Severity.ERROR && f.message().contains("31..5")));
        assertTrue(leaves(list).stream().noneMatch(l -> FindingsViewModel.text(l.getValue().finding()).startsWith("政务督查经费：")),
                "the group names the project; its findings do not repeat it");

        // 纪检派驻机构专项经费: the self-evaluation's targets are shifted one row against the 2021 declaration
        TreeItem<FindingsPanel.Row> inspection = group(list, "纪检派驻机构专项经费");
        assertNotNull(inspection);
        TreeItem<FindingsPanel.Row> shifted = inspection.getChildren().stream()
                .filter(c -> c.getValue().finding().message().contains("错了一行")).findFirst().orElseThrow();
        Finding finding = shifted.getValue().finding();
        robot.interact(() -> {
            list.getSelectionModel().select(shifted);
            list.scrollTo(list.getRow(shifted));
        });
        TreeCell<?> cell = robot.lookup("#findingsList .tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getTreeItem() == shifted).findFirst().orElseThrow();
        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TreeView<UnitNode> units = robot.lookup("#unitTree").queryAs(TreeView.class);
        UnitNode selected = units.getSelectionModel().getSelectedItem().getValue();
        assertEquals(UnitNode.Kind.PROJECT, selected.kind());
        assertEquals(2022, selected.year().year);
        assertEquals(finding.where().projectId(), selected.project().id);
        assertEquals("纪检派驻机构专项经费", selected.project().name);

        // Enter does the same; '31..5' is on the self-evaluation, so its 绩效自评 node opens
        TreeItem<FindingsPanel.Row> dots = audit.getChildren().stream()
                .filter(c -> c.getValue().finding().message().contains("31..5")).findFirst().orElseThrow();
        robot.interact(() -> {
            list.getSelectionModel().select(dots);
            list.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        selected = units.getSelectionModel().getSelectedItem().getValue();
        assertEquals(UnitNode.Kind.PROJECT_SELF_EVALUATION, selected.kind());
        assertEquals("政务督查经费", selected.project().name);
        assertEquals(2022, selected.year().year);
    }

    @Test
    void theSeverityTogglesFilterTheList(FxRobot robot) throws Exception {
        TreeView<FindingsPanel.Row> list = list(robot);
        waitForFindings(robot, list);
        openPanel(robot);
        assertTrue(leaves(list).stream().anyMatch(l -> l.getValue().finding().severity() == Severity.HINT));
        int all = leaves(list).size();
        robot.clickOn("#show-hint");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(leaves(list).isEmpty());
        assertTrue(leaves(list).stream().noneMatch(l -> l.getValue().finding().severity() == Severity.HINT));
        assertTrue(leaves(list).size() < all);
        robot.clickOn("#show-warning");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(leaves(list).stream().allMatch(l -> l.getValue().finding().severity() == Severity.ERROR));
        assertEquals(3, leaves(list).size(), "the three 错误 of 2022: 主管部门, the shifted targets, '31..5'");
        robot.clickOn("#show-hint");
        robot.clickOn("#show-warning");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, leaves(list).size());
    }
}
