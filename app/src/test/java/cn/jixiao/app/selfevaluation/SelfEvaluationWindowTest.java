package cn.jixiao.app.selfevaluation;

import cn.jixiao.app.WindowTest;
import cn.jixiao.selfevaluation.ScoreSheet;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clerk starts the 2021 self-evaluation of 机要工作经费 from its declaration in the sample unit,
 * fills in the year, overrules one score and takes it back with Ctrl+Z.
 */
class SelfEvaluationWindowTest extends WindowTest {
    @Test
    void startFillOverruleAndUndo(FxRobot robot) {
        selectSelfEvaluationNode(robot, 2021, "机要工作经费");
        assertTrue(robot.lookup("#startSelfEvaluation").tryQuery().isPresent(), "not started yet: the button is offered");
        robot.clickOn("#startSelfEvaluation");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ScoreSheet.Row> grid = robot.lookup("#scoreGrid").queryAs(TableView.class);
        assertEquals(10, grid.getItems().size());
        assertEquals(java.util.List.of("13", "13", "12", "12", "8", "8", "7", "7", "5", "5"),
                grid.getItems().stream().map(r -> r.indicator().weight).toList(),
                "产出 50 over four rows, 效益 30 over four, 满意度 10 over the two 满意度 rows filed under 效益");
        assertEquals("总分 —", text(robot, "#totalScore"));
        assertEquals("30", robot.lookup("#fundsInitial").queryAs(TextField.class).getText(), "年初预算数 from the declaration");

        for (int row = 0; row < 10; row++) {
            type(robot, grid, "actual", row, "100%");
        }
        robot.clickOn("#fundsExecuted").write("27").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("90.00%", text(robot, "#executionRate"));
        assertEquals("总分 99.00", text(robot, "#totalScore"), "all targets met, 执行率 90% gives 9 of 10");
        assertEquals("等级 优", text(robot, "#grade"));

        type(robot, grid, "actual", 1, "60%");
        ScoreSheet.Row quality = grid.getItems().get(1);
        BigDecimal lost = new BigDecimal("13").subtract(quality.result().score());
        assertTrue(lost.signum() > 0, "60% of a qualitative target is 部分达成: points lost");
        assertEquals("部分达成", quality.result().explanation().contains("部分达成") ? "部分达成" : quality.result().explanation());
        assertTrue(quality.missingCause(), "points lost without a 偏差原因");
        assertTrue(rowNode(robot, grid, 1).getStyleClass().contains("missing-cause"));
        String afterLoss = "总分 " + new BigDecimal("99.00").subtract(lost).toPlainString();
        assertEquals(afterLoss, text(robot, "#totalScore"));
        assertTrue(text(robot, "#scoreInfo").contains("1 项扣分未说明偏差原因"));

        type(robot, grid, "score", 1, "8");
        TextArea reason = robot.lookup("#manualScoreReason").queryAs(TextArea.class);
        assertTrue(robot.lookup("#manualScoreProblem").queryAs(Label.class).getText().contains("理由"));
        robot.interact(() -> reason.setText("传阅差错已当场纠正，未造成影响"));
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("✎ 8.00", cell(robot, grid, "score", 1).getText());
        assertTrue(cell(robot, grid, "score", 1).getTooltip().getText().contains("传阅差错已当场纠正"));
        assertEquals("总分 94.00", text(robot, "#totalScore"), "13 − 8 = 5 points lost by hand");

        robot.clickOn(cell(robot, grid, "name", 0));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(quality.result().score().toPlainString(), cell(robot, grid, "score", 1).getText(), "the computed score is back");
        assertFalse(grid.getItems().get(1).indicator().selfEvaluation.scoreManual);
        assertEquals(afterLoss, text(robot, "#totalScore"));

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("✎ 8.00", cell(robot, grid, "score", 1).getText(), "redone");
        robot.clickOn(cell(robot, grid, "name", 1));
        robot.clickOn("#restoreAutomatic");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(quality.result().score().toPlainString(), cell(robot, grid, "score", 1).getText());
        assertEquals(afterLoss, text(robot, "#totalScore"));

        // 定性: the clerk's tier overrules what the 实际完成值 says.
        TableCell<?, ?> tier = cell(robot, grid, "tier", 9);
        javafx.scene.control.ComboBox<String> choice = robot.from(tier).lookup(".combo-box").query();
        assertEquals(ScoreGrid.AUTO_TIER, choice.getValue());
        assertTrue(robot.from(cell(robot, grid, "tier", 3)).lookup(".combo-box").tryQuery().isEmpty(),
                "经费开支 '控制在年度预算范围内' is a budget ceiling, measured by its rate: no tier to pick");
        robot.clickOn(choice);
        robot.clickOn("未达成");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("未达成", grid.getItems().get(9).indicator().selfEvaluation.tier);
        assertEquals(0, new BigDecimal("3.00").compareTo(grid.getItems().get(9).result().score()), "top of 0–60% of 5");
    }

    @Test
    void anAmountThatIsNoNumberIsRefusedNamingTheField(FxRobot robot) {
        selectSelfEvaluationNode(robot, 2022, "机要工作经费");
        assertFalse(robot.lookup("#startSelfEvaluation").query().getParent().isVisible(),
                "the published 2022 self-evaluation is already started");
        assertEquals("总分 100.00", text(robot, "#totalScore"));
        robot.doubleClickOn("#fundsExecuted").write("2x7").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#selfEvaluationProblem").startsWith("全年执行数："), text(robot, "#selfEvaluationProblem"));
        assertTrue(robot.lookup("#fundsExecuted").queryAs(TextField.class).getStyleClass().contains("invalid"));
        assertEquals("总分 100.00", text(robot, "#totalScore"), "nothing was saved");
    }

    private static void selectSelfEvaluationNode(FxRobot robot, int year, String project) {
        TreeView<cn.jixiao.app.main.UnitNode> tree = robot.lookup("#unitTree").queryAs(TreeView.class);
        TreeItem<cn.jixiao.app.main.UnitNode> target = null;
        for (var y : tree.getRoot().getChildren()) {
            if (y.getValue().year().year != year) {
                continue;
            }
            for (var group : y.getChildren()) {
                for (var p : group.getChildren()) {
                    if (p.getValue().project() != null && p.getValue().project().name.equals(project)) {
                        target = p.getChildren().get(0);
                    }
                }
            }
        }
        TreeItem<cn.jixiao.app.main.UnitNode> node = target;
        robot.interact(() -> {
            node.getParent().setExpanded(true);
            tree.getSelectionModel().select(node);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static TableCell<?, ?> cell(FxRobot robot, TableView<?> grid, String column, int row) {
        robot.interact(() -> grid.scrollTo(row));
        return robot.from(grid).lookup(".table-cell").<TableCell<?, ?>>match(tc -> tc.getTableColumn() != null && column.equals(tc.getTableColumn().getId()) && tc.getIndex() == row
                && tc.isVisible()).query();
    }

    private static Node rowNode(FxRobot robot, TableView<?> grid, int row) {
        return robot.from(grid).lookup(".table-row-cell").match(r -> r instanceof javafx.scene.control.TableRow<?> tr
                && tr.getIndex() == row).query();
    }

    private static void type(FxRobot robot, TableView<?> grid, String column, int row, String text) {
        robot.doubleClickOn(cell(robot, grid, column, row));
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
