package cn.jixiao.app.project;

import cn.jixiao.app.SheetRobot;
import cn.jixiao.app.WindowTest;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.Project;
import cn.jixiao.store.UnitFile;
import javafx.scene.Node;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 支出明细 and 实施进度计划 typed like a spreadsheet, on 衡阳 2022 机要工作经费: what the trial lost
 * ("设施维修" typed, Tab, a click elsewhere; Enter sending the focus to the unit tree) is saved.
 */
class RowTableKeyboardTest extends WindowTest {
    private static final String PROJECT = "机要工作经费";

    @Override
    protected void beforeTheWindow() throws IOException {
        Files.deleteIfExists(home.resolve("hengyang-office.jixiao"));
    }

    private Project open(SheetRobot sheet, FxRobot robot) {
        sheet.open(SheetRobot.node(UnitNode.Kind.PROJECT, 2022, PROJECT));
        return model(robot).project();
    }

    private static ProjectEditorModel model(FxRobot robot) {
        Node n = robot.lookup("#projectEditor").query();
        return (ProjectEditorModel) n.getProperties().get(ProjectEditorModel.class);
    }

    /** The project as the open file holds it. */
    private static Project saved(FxRobot robot, Project p) {
        UnitFile f = model(robot).main().workspaceProperty().get().file();
        return f.load().year(2022).orElseThrow().projects.stream().filter(x -> x.id.equals(p.id)).findFirst().orElseThrow();
    }

    @Test
    void expenseLinesTypedWithTabAndAClickElsewhereAreSaved(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        Project p = open(sheet, robot);
        sheet.show("#expenseLines");
        sheet.clickOn("#expenseLinesAdd");
        // the new row's 项目 cell is being edited: type, Tab to 上年度, Tab to 本年度, then click another field
        sheet.write("设施维修").type(KeyCode.TAB).write("3").type(KeyCode.TAB).write("1150");
        assertTrue(sheet.focusPath().contains("expenseLines"), "Tab stays in the table: " + sheet.focusPath());
        sheet.clickOn("#expenseLinesAdd");
        assertEquals(2, p.expenseLines.size());
        assertEquals(List.of("设施维修", "3", "1150"), List.of(p.expenseLines.get(0).item, p.expenseLines.get(0).lastYear.text(),
                p.expenseLines.get(0).thisYear.text()));
        // the second row: typed, then a click on another cell of the table
        sheet.write("安全检查").type(KeyCode.TAB);
        sheet.write("2");
        sheet.click("#expenseLines", 0, "basis");
        assertEquals(List.of("安全检查", "2"), List.of(p.expenseLines.get(1).item, p.expenseLines.get(1).lastYear.text()));
        // typing on a selected cell starts editing it with that character; Esc cancels
        sheet.write("按合同").type(KeyCode.ESCAPE);
        assertEquals("", p.expenseLines.get(0).basis, "Esc drops what was typed");
        sheet.write("按合同").type(KeyCode.ENTER);
        assertEquals("按合同", p.expenseLines.get(0).basis);
        assertTrue(sheet.focusPath().contains("expenseLines"), "Enter stays in the table: " + sheet.focusPath());
        Project stored = saved(robot, p);
        assertEquals(List.of("设施维修", "3", "1150", "按合同"), List.of(stored.expenseLines.get(0).item,
                stored.expenseLines.get(0).lastYear.text(), stored.expenseLines.get(0).thisYear.text(), stored.expenseLines.get(0).basis));
        assertEquals(List.of("安全检查", "2"), List.of(stored.expenseLines.get(1).item, stored.expenseLines.get(1).lastYear.text()));
    }

    @Test
    void chineseFromAnInputMethodOnASelectedCellStartsTheEdit(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        Project p = open(sheet, robot);
        sheet.show("#expenseLines");
        // the new row's 项目 cell: Esc leaves it selected, not being edited
        sheet.clickOn("#expenseLinesAdd").type(KeyCode.ESCAPE);
        javafx.scene.Node table = robot.lookup("#expenseLines").query();
        assertTrue(table.getInputMethodRequests() != null, "the table takes the input method's text");
        // what an input method (拼音) sends when the clerk picks 设施维修
        robot.interact(() -> javafx.event.Event.fireEvent(table, new javafx.scene.input.InputMethodEvent(
                javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(), "设施维修", 0)));
        sheet.type(KeyCode.TAB);
        assertEquals("设施维修", p.expenseLines.get(0).item);
        assertEquals("设施维修", saved(robot, p).expenseLines.get(0).item);
    }

    @Test
    @SuppressWarnings("unchecked")
    void scheduleTypedWithEnterKeepsTheFocusOutOfTheUnitTree(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        Project p = open(sheet, robot);
        TreeView<UnitNode> tree = robot.lookup("#unitTree").queryAs(TreeView.class);
        Object node = tree.getSelectionModel().getSelectedItem();
        sheet.show("#schedule");
        sheet.clickOn("#scheduleAdd");
        sheet.clickOn("#scheduleAdd");
        sheet.write("设备采购").type(KeyCode.ENTER);
        sheet.type(KeyCode.DOWN, KeyCode.DOWN);
        assertSame(node, tree.getSelectionModel().getSelectedItem(), "↓ after Enter does not open another project");
        assertTrue(sheet.focusPath().contains("schedule"), "the table keeps the focus: " + sheet.focusPath());
        // Shift+Tab goes back to the previous row's last column; a click on the unit tree commits
        // Ctrl+Tab leaves the table for the next control (and saves what was typed)
        sheet.click("#schedule", 0, "start").write("2022年1月");
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!sheet.focusPath().contains("schedule"), "Ctrl+Tab left the table: " + sheet.focusPath());
        sheet.click("#schedule", 1, "content");
        sheet.write("1150").shift(KeyCode.TAB).write("2022年3月");
        robot.clickOn("#unitTree");
        Project stored = saved(robot, p);
        int n = stored.schedule.size();
        assertEquals("2022年3月", stored.schedule.get(n - 2).end);
        assertEquals("1150", stored.schedule.get(n - 1).content);
        assertEquals("2022年1月", stored.schedule.get(n - 2).start);
    }
}
