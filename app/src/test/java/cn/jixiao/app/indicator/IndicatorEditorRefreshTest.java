package cn.jixiao.app.indicator;

import cn.jixiao.app.WindowTest;
import cn.jixiao.app.indicator.IndicatorEditor.Row;
import cn.jixiao.app.indicator.IndicatorEditorModel.Column;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.Indicator;
import javafx.scene.Node;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An edit of one 指标值 changes that cell's text and nothing else: the tree shows all its rows at
 * once, and rebuilding them after every edit cost a visible frame (docs/benchmarks.md, editors).
 */
class IndicatorEditorRefreshTest extends WindowTest {
    private static Set<Node> cells(TreeTableView<?> table) {
        Set<Node> out = Collections.newSetFromMap(new IdentityHashMap<>());
        out.addAll(table.lookupAll(".tree-table-cell"));
        return out;
    }

    private static TreeTableCell<?, ?> targetCell(TreeTableView<?> table, Indicator indicator) {
        return table.lookupAll(".tree-table-cell").stream()
                .filter(n -> n instanceof TreeTableCell<?, ?> c && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof Row r && r.indicator() == indicator
                        && c.getTableColumn() != null && Column.TARGET.title().equals(c.getTableColumn().getText()))
                .map(n -> (TreeTableCell<?, ?>) n).findFirst().orElseThrow(() -> new AssertionError("no 指标值 cell for " + indicator.name));
    }

    @Test
    void anEditAndItsUndoChangeOnlyTheEditedCell(FxRobot robot) {
        robot.clickOn("机要工作经费");
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableView<?> table = robot.lookup("#indicatorTree").queryAs(TreeTableView.class);
        UnitNode node = app.viewModel().selectedProperty().get();
        Indicator indicator = node.project().indicators.get(0);
        String before = indicator.target;
        TreeTableCell<?, ?> cell = targetCell(table, indicator);
        assertEquals(before, cell.getText());
        Set<Node> cellsBefore = cells(table);
        assertTrue(cellsBefore.size() > 5 * node.project().indicators.size(), "every row of the tree has its cells");

        IndicatorEditorModel model = new IndicatorEditorModel(app.viewModel(), node.year(), node.project());
        robot.interact(() -> model.set(indicator, Column.TARGET, "≥98%"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("≥98%", cell.getText(), "the same cell shows the new 指标值");
        assertEquals(cellsBefore, cells(table), "no row was rebuilt");

        robot.interact(() -> app.viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, cell.getText(), "undo shows the old 指标值 in the same cell");
        assertNotEquals("≥98%", indicator.target);
        assertEquals(cellsBefore, cells(table), "no row was rebuilt by the undo either");
    }
}
