package cn.jixiao.app.project;

import cn.jixiao.app.SheetRobot;
import cn.jixiao.app.WindowTest;
import cn.jixiao.app.indicator.IndicatorEditor.Row;
import cn.jixiao.app.main.FieldFocus;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.review.FieldRef;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A finding (or 查找) lands on its field, on 衡阳 2022 机要工作经费: the field is scrolled into
 * view, focused and its text selected; a new page opens at its top.
 */
class FieldFocusTest extends WindowTest {
    @Override
    protected void beforeTheWindow() throws IOException {
        Files.deleteIfExists(home.resolve("hengyang-office.jixiao"));
    }

    private Project open(SheetRobot sheet, FxRobot robot) {
        sheet.open(SheetRobot.node(UnitNode.Kind.PROJECT, 2022, "机要工作经费"));
        Node n = robot.lookup("#projectEditor").query();
        return ((ProjectEditorModel) n.getProperties().get(ProjectEditorModel.class)).project();
    }

    private boolean focus(FxRobot robot, FieldRef ref) {
        AtomicBoolean done = new AtomicBoolean();
        robot.interact(() -> done.set(FieldFocus.of(app.view().shownEditor()).orElseThrow().focus(ref)));
        WaitForAsyncUtils.waitForFxEvents();
        return done.get();
    }

    /** The node lies inside the details pane's visible part. */
    private static boolean inView(FxRobot robot, Node n) {
        ScrollPane sp = robot.lookup("#details").queryAs(ScrollPane.class);
        Bounds view = sp.localToScene(sp.getLayoutBounds());
        Bounds b = n.localToScene(n.getLayoutBounds());
        return b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1;
    }

    @Test
    void aFundsFieldAGoalAndAnIndicatorRowAreScrolledToFocusedAndSelected(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        Project p = open(sheet, robot);
        for (String field : new String[] {"funds.statedTotal", "annualGoal", "funds.countyLastYear"}) {
            assertTrue(focus(robot, FieldRef.project(p, field)), field);
            Node owner = robot.lookup("#unitTree").query().getScene().getFocusOwner();
            assertTrue(owner instanceof TextInputControl, field + " focused: " + owner);
            TextInputControl t = (TextInputControl) owner;
            assertEquals(t.getText(), t.getSelectedText(), field + ": its text is selected");
            assertTrue(inView(robot, owner), field + " is in view");
        }
        Indicator last = p.indicators.get(p.indicators.size() - 1);
        assertTrue(focus(robot, FieldRef.indicator(p, last, "target")));
        @SuppressWarnings("unchecked")
        TreeTableView<Row> table = robot.lookup("#indicatorTree").queryAs(TreeTableView.class);
        assertTrue(table.isFocused(), "the indicator table has the keyboard");
        assertEquals(last, table.getSelectionModel().getSelectedItem().getValue().indicator());
        assertEquals("TARGET", table.getFocusModel().getFocusedCell().getTableColumn().getId(), "on the 指标值 cell");
        Node row = robot.lookup(".tree-table-row-cell").match((javafx.scene.control.TreeTableRow<Row> r) ->
                r.getItem() != null && r.getItem().indicator() == last).query();
        assertTrue(inView(robot, row), "the row is in view");
        // typing replaces the focused cell
        sheet.write("≥99%").type(javafx.scene.input.KeyCode.ENTER);
        assertEquals("≥99%", last.target);
    }

    @Test
    void aNewPageOpensAtItsTop(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        open(sheet, robot);
        ScrollPane sp = robot.lookup("#details").queryAs(ScrollPane.class);
        robot.interact(() -> sp.setVvalue(1));
        sheet.open(SheetRobot.node(UnitNode.Kind.PROJECT, 2022, "综合调研经费"));
        assertEquals(0, sp.getVvalue(), 0.0001, "the next project starts at its top");
        robot.interact(() -> sp.setVvalue(1));
        sheet.open(SheetRobot.node(UnitNode.Kind.OVERALL, 2022, null));
        assertEquals(0, sp.getVvalue(), 0.0001, "部门整体 starts at its top");
    }
}
