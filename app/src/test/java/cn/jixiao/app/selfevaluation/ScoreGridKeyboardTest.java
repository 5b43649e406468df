package cn.jixiao.app.selfevaluation;

import cn.jixiao.app.SheetRobot;
import cn.jixiao.app.WindowTest;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.selfevaluation.ScoreSheet;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The self-evaluation score grid typed like a spreadsheet, on 衡阳 2022 机要工作经费: the trial's lost "1150" is saved. */
class ScoreGridKeyboardTest extends WindowTest {
    @Override
    protected void beforeTheWindow() throws IOException {
        Files.deleteIfExists(home.resolve("hengyang-office.jixiao"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void actualValuesTypedWithTabEnterAndAClickAwayAreSaved(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.open(SheetRobot.node(UnitNode.Kind.PROJECT_SELF_EVALUATION, 2022, "机要工作经费"));
        TableView<ScoreSheet.Row> grid = robot.lookup("#scoreGrid").queryAs(TableView.class);
        sheet.show("#scoreGrid");
        List<Indicator> rows = grid.getItems().stream().map(ScoreSheet.Row::indicator).toList();
        // typing on a selected cell starts editing; Tab goes on to 分值, Shift+Tab comes back
        sheet.click("#scoreGrid", 0, "actual").write("1150").type(KeyCode.TAB);
        assertTrue(sheet.focusPath().contains("scoreGrid"), "Tab stays in the grid: " + sheet.focusPath());
        sheet.shift(KeyCode.TAB).write("1160").type(KeyCode.ENTER);
        // Enter went down to the next row's 实际完成值
        sheet.write("98%");
        sheet.click("#scoreGrid", 3, "name");
        assertEquals(List.of("1160", "98%"), List.of(rows.get(0).selfEvaluation.actual, rows.get(1).selfEvaluation.actual));
        Project stored = SheetRobot.saved(app).year(2022).orElseThrow().project("机要工作经费").orElseThrow();
        assertEquals("1160", stored.indicators.stream().filter(i -> i.id.equals(rows.get(0).id)).findFirst().orElseThrow().selfEvaluation.actual);
        assertEquals("98%", stored.indicators.stream().filter(i -> i.id.equals(rows.get(1).id)).findFirst().orElseThrow().selfEvaluation.actual);
        // a 偏差原因 typed and left with a click on a button outside the grid
        sheet.click("#scoreGrid", 2, "cause").write("部分设备延期到货");
        robot.clickOn("#unitTree");
        assertEquals("部分设备延期到货", rows.get(2).selfEvaluation.deviationCause);
    }

    @Test
    @SuppressWarnings("unchecked")
    void findingsLandOnTheFundsFieldAndTheIndicatorsCell(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.open(SheetRobot.node(UnitNode.Kind.PROJECT_SELF_EVALUATION, 2022, "机要工作经费"));
        Project p = app.viewModel().unit().year(2022).orElseThrow().project("机要工作经费").orElseThrow();
        assertTrue(focus(robot, cn.jixiao.review.FieldRef.project(p, "selfEvaluation.funds.executed")));
        javafx.scene.control.TextField executed = robot.lookup("#fundsExecuted").queryAs(javafx.scene.control.TextField.class);
        assertTrue(executed.isFocused());
        assertEquals(executed.getText(), executed.getSelectedText());
        TableView<ScoreSheet.Row> grid = robot.lookup("#scoreGrid").queryAs(TableView.class);
        Indicator last = grid.getItems().get(grid.getItems().size() - 1).indicator();
        assertTrue(focus(robot, cn.jixiao.review.FieldRef.indicator(p, last, "deviationCause")));
        assertTrue(grid.isFocused());
        assertEquals(last, grid.getSelectionModel().getSelectedItem().indicator());
        assertEquals("cause", grid.getFocusModel().getFocusedCell().getTableColumn().getId());
    }

    private boolean focus(FxRobot robot, cn.jixiao.review.FieldRef ref) {
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> done.set(cn.jixiao.app.main.FieldFocus.of(app.view().shownEditor()).orElseThrow().focus(ref)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return done.get();
    }
}
