package cn.jixiao.app.unitlevel;

import cn.jixiao.app.SheetRobot;
import cn.jixiao.app.WindowTest;
import cn.jixiao.app.main.FieldFocus;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.review.FieldRef;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 部门整体 on 衡阳 2022: warnings never move the fields, 整体绩效目标 is a list that keeps what is typed, findings land on their field. */
class OverallEditorKeyboardTest extends WindowTest {
    @Override
    protected void beforeTheWindow() throws IOException {
        Files.deleteIfExists(home.resolve("hengyang-office.jixiao"));
    }

    private FiscalYear saved() {
        return SheetRobot.saved(app).year(2022).orElseThrow();
    }

    private static double sceneY(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return n.localToScene(0, 0).getY();
    }

    @Test
    void aWarningThatComesWhileTypingDoesNotMoveTheFields(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.open(SheetRobot.node(UnitNode.Kind.OVERALL, 2022, null));
        List<String> before = warnings(robot);
        double y = sceneY(robot, "#generalPublicBudget");
        // 项目支出 as the projects add up: the warning about it goes
        robot.clickOn("#projectExpense").push(KeyCode.CONTROL, KeyCode.A).write("876.16").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(before.equals(warnings(robot)), "the warnings changed: " + before);
        assertEquals("已保存：修改项目支出", app.viewModel().statusProperty().get(), "the status line reports 部门整体's saves too");
        assertEquals(y, sceneY(robot, "#generalPublicBudget"), 0.5, "the fields stay where they were");
        robot.clickOn("#projectExpense").write("x").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#editorMessage").queryLabeled().getText().isEmpty(), "a bad amount says so");
        assertEquals(y, sceneY(robot, "#generalPublicBudget"), 0.5, "the message does not move them either");
    }

    @Test
    @SuppressWarnings("unchecked")
    void goalsAreAListThatKeepsWhatIsTyped(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.open(SheetRobot.node(UnitNode.Kind.OVERALL, 2022, null));
        List<String> goals = new ArrayList<>(saved().overall.goals);
        sheet.show("#goals");
        ListView<String> list = robot.lookup("#goals").queryAs(ListView.class);
        sheet.clickOn("#addGoal").write("保障机要通信安全畅通");
        robot.clickOn("#longTermGoal");
        WaitForAsyncUtils.waitForFxEvents();
        goals.add("保障机要通信安全畅通");
        assertEquals(goals, saved().overall.goals, "typed, then a click elsewhere: saved");
        // a line added and left empty is not kept: no placeholder stands in for a goal
        sheet.clickOn("#addGoal");
        robot.clickOn("#longTermGoal");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(goals, saved().overall.goals);
        assertEquals(goals.size(), list.getItems().size());
        // typing on a selected line replaces it; Enter saves
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(goals.size() - 1);
        });
        sheet.write("保障机要通信安全").type(KeyCode.ENTER);
        goals.set(goals.size() - 1, "保障机要通信安全");
        assertEquals(goals, saved().overall.goals);
        assertTrue(list.isFocused(), "Enter keeps the keyboard on the list");
    }

    @Test
    @SuppressWarnings("unchecked")
    void findingsLandOnTheGoalsAFieldAndAnIndicatorRow(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.open(SheetRobot.node(UnitNode.Kind.OVERALL, 2022, null));
        assertTrue(focus(robot, FieldRef.overall("goals")));
        assertTrue(robot.lookup("#goals").query().isFocused(), "the goals list has the keyboard");
        assertTrue(focus(robot, FieldRef.overall("statedTotal")));
        TextField total = robot.lookup("#statedTotal").queryAs(TextField.class);
        assertTrue(total.isFocused());
        assertEquals(total.getText(), total.getSelectedText());
        TableView<Indicator> grid = robot.lookup("#overallIndicators").queryAs(TableView.class);
        Indicator last = grid.getItems().get(grid.getItems().size() - 1);
        assertTrue(focus(robot, FieldRef.indicator(null, last, "target")));
        assertTrue(grid.isFocused());
        assertEquals(last, grid.getSelectionModel().getSelectedItem());
        assertEquals("TARGET", grid.getFocusModel().getFocusedCell().getTableColumn().getId());
    }

    private static List<String> warnings(FxRobot robot) {
        return robot.lookup(".overall-check").queryAllAs(javafx.scene.control.Label.class).stream().map(l -> l.getText()).toList();
    }

    private boolean focus(FxRobot robot, FieldRef ref) {
        AtomicBoolean done = new AtomicBoolean();
        robot.interact(() -> done.set(FieldFocus.of(app.view().shownEditor()).orElseThrow().focus(ref)));
        WaitForAsyncUtils.waitForFxEvents();
        return done.get();
    }
}
