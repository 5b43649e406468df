package cn.jixiao.app.unitlevel;

import cn.jixiao.app.WindowTest;
import cn.jixiao.app.main.UnitNode;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
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

import java.io.IOException;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three unit-level editors in the window, on 衡阳市人民政府办公室 2022: edit, see the totals follow, Ctrl+Z. */
class UnitLevelEditorsTest extends WindowTest {
    @Override
    protected void beforeTheWindow() throws IOException {
        // each test starts from the shipped sample
        Files.deleteIfExists(home.resolve("hengyang-office.jixiao"));
    }

    private void open(FxRobot robot, UnitNode.Kind kind) {
        TreeView<UnitNode> tree = robot.lookup("#unitTree").queryAs(TreeView.class);
        TreeItem<UnitNode> target = find(tree.getRoot(), kind);
        robot.interact(() -> tree.getSelectionModel().select(target));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TreeItem<UnitNode> find(TreeItem<UnitNode> item, UnitNode.Kind kind) {
        UnitNode n = item.getValue();
        if (n.kind() == kind && n.year() != null && n.year().year == 2022) {
            return item;
        }
        for (TreeItem<UnitNode> c : item.getChildren()) {
            TreeItem<UnitNode> f = find(c, kind);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableCell<?, ?> cell(FxRobot robot, String rowLabel, String column) {
        TableView<cn.jixiao.domain.BasicDataRow> grid = robot.lookup("#basicDataGrid").queryAs(TableView.class);
        int index = -1;
        for (int i = 0; i < grid.getItems().size(); i++) {
            if (grid.getItems().get(i).label.strip().equals(rowLabel)) {
                index = i;
            }
        }
        int row = index;
        robot.interact(() -> grid.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == row && c.getTableColumn() != null && column.equals(c.getTableColumn().getId()) && c.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + rowLabel + "/" + column));
    }

    @Test
    void basicDataGridAddsUpTheProjectRowsAndUndoes(FxRobot robot) {
        open(robot, UnitNode.Kind.BASIC_DATA);
        assertEquals("95.04%（表上填写 95.04%）", robot.lookup("#controlRate").queryAs(Label.class).getText());
        assertEquals("= 1404.6092", cell(robot, "二、部门项目支出", "THIS_YEAR_FINAL").getText());
        robot.doubleClickOn(cell(robot, "综合调研经费", "THIS_YEAR_FINAL"));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("5.5").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("5.5", cell(robot, "综合调研经费", "THIS_YEAR_FINAL").getText());
        assertEquals("= 1405.6092", cell(robot, "二、部门项目支出", "THIS_YEAR_FINAL").getText());
        undo(robot);
        assertEquals("4.5", cell(robot, "综合调研经费", "THIS_YEAR_FINAL").getText());
        assertEquals("= 1404.6092", cell(robot, "二、部门项目支出", "THIS_YEAR_FINAL").getText());
        // a stated subtotal that no longer adds up is flagged, and keeps its figure
        robot.doubleClickOn(cell(robot, "3、公务接待", "THIS_YEAR_FINAL"));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("2.64").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("99.33 ≠ 100.33", cell(robot, "三公经费", "THIS_YEAR_FINAL").getText());
        robot.doubleClickOn(cell(robot, "3、公务接待", "THIS_YEAR_FINAL"));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("1.6.4").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#editorMessage").queryAs(Label.class).getText().contains("3、公务接待 本年决算数：“1.6.4”不是有效金额"));
        assertEquals("2.64", cell(robot, "3、公务接待", "THIS_YEAR_FINAL").getText());
    }

    @Test
    void overallShowsComputedTotalsBesideTheStatedOnes(FxRobot robot) {
        open(robot, UnitNode.Kind.OVERALL);
        assertEquals("876.16", robot.lookup("#computedProjectExpense").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".overall-check").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("项目支出（按项目合计）：填写 838.14，计算得 876.16")));
        Label income = robot.lookup("#computedIncomeTotal").queryAs(Label.class);
        assertEquals("2677.71", income.getText());
        robot.clickOn("#generalPublicBudget").push(KeyCode.CONTROL, KeyCode.A).write("2700").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2700", income.getText());
        assertTrue(robot.lookup(".overall-check").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("资金总额（按收入性质合计）：填写 2677.71，计算得 2700")));
        undo(robot);
        assertEquals("2677.71", income.getText());
        assertEquals("2677.71", robot.lookup("#generalPublicBudget").queryAs(TextField.class).getText());
        // goals: add one (typed: a line left empty is not kept), then undo
        int goals = robot.lookup("#goals").queryListView().getItems().size();
        robot.interact(() -> robot.lookup("#addGoal").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("提升政务服务效能").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(goals + 1, robot.lookup("#goals").queryListView().getItems().size());
        undo(robot);
        assertEquals(goals, robot.lookup("#goals").queryListView().getItems().size());
    }

    private TextArea block(FxRobot robot, String title) {
        return robot.lookup(".report-block").queryAllAs(TextArea.class).stream()
                .filter(a -> title.equals(a.getUserData())).findFirst().orElseThrow();
    }

    @Test
    void redraftAsksBeforeReplacingTheClerksWordsAndUndoes(FxRobot robot) {
        open(robot, UnitNode.Kind.REPORT);
        TextArea basic = block(robot, "（一）基本支出情况");
        String published = basic.getText();
        robot.clickOn("#draftReport");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(published, block(robot, "（一）基本支出情况").getText(), "the draft reproduces the published text");
        robot.interact(() -> {
            block(robot, "（一）基本支出情况").requestFocus();
            block(robot, "（一）基本支出情况").appendText("另：本人补充说明。");
            block(robot, "三、政府性基金预算支出情况").requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("（已手改）").tryQuery().isPresent());
        robot.clickOn("#draftReport");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("（一）基本支出情况"), dialog.getContentText());
        robot.clickOn("保留我的修改");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(block(robot, "（一）基本支出情况").getText().endsWith("另：本人补充说明。"));
        robot.clickOn("#draftReport");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("替换这些段落");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(published, block(robot, "（一）基本支出情况").getText());
        assertFalse(robot.lookup("（已手改）").tryQuery().isPresent());
        undo(robot);
        assertTrue(block(robot, "（一）基本支出情况").getText().endsWith("另：本人补充说明。"));
        assertTrue(robot.lookup("#draftReport").queryAs(Button.class).isVisible());
        Node seven = block(robot, "七、存在的问题及原因分析");
        assertTrue(((TextArea) seven).getText().startsWith("1.财务工作人员项目管理能力有限"));
    }
}
