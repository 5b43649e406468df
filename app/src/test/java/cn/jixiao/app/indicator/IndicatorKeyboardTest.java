package cn.jixiao.app.indicator;

import cn.jixiao.app.SheetRobot;
import cn.jixiao.app.WindowTest;
import cn.jixiao.app.indicator.IndicatorEditor.Row;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project's indicator tree typed like a spreadsheet, on 衡阳 2022 机要工作经费. */
class IndicatorKeyboardTest extends WindowTest {
    @Override
    protected void beforeTheWindow() throws IOException {
        Files.deleteIfExists(home.resolve("hengyang-office.jixiao"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void targetsTypedWithTabEnterAndAClickAwayAreSaved(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.open(SheetRobot.node(UnitNode.Kind.PROJECT, 2022, "机要工作经费"));
        TreeTableView<Row> table = robot.lookup("#indicatorTree").queryAs(TreeTableView.class);
        sheet.show("#indicatorEditor");
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            if (table.getTreeItem(i).getValue().indicator() != null) {
                rows.add(i);
            }
        }
        Indicator first = table.getTreeItem(rows.get(0)).getValue().indicator();
        Indicator second = table.getTreeItem(rows.get(1)).getValue().indicator();
        // typing on a selected 指标值 starts editing it; Tab to 比较, Enter down to the next 三级
        sheet.click("#indicatorTree", rows.get(0), "TARGET").write("≥1150份").type(KeyCode.TAB);
        assertTrue(sheet.focusPath().contains("indicatorTree"), "Tab stays in the table: " + sheet.focusPath());
        sheet.write("≥").type(KeyCode.ENTER);
        assertEquals(List.of("≥1150份", "≥"), List.of(first.target, first.comparator));
        assertEquals("已保存：修改" + IndicatorEditorModel.Column.COMPARATOR.title(), app.viewModel().statusProperty().get(),
                "the status line reports the indicator's save with the column's name");
        assertTrue(sheet.focusPath().contains("indicatorTree"), "Enter stays in the table: " + sheet.focusPath());
        // Enter went down to the next 三级's 比较; Shift+Tab back to its 指标值, then a click on another row
        sheet.shift(KeyCode.TAB).write("100%");
        sheet.click("#indicatorTree", rows.get(2), "NAME");
        assertEquals("100%", second.target);
        Project stored = SheetRobot.saved(app).year(2022).orElseThrow().project("机要工作经费").orElseThrow();
        assertEquals(List.of("≥1150份", "≥", "100%"), List.of(
                stored.indicators.stream().filter(i -> i.id.equals(first.id)).findFirst().orElseThrow().target,
                stored.indicators.stream().filter(i -> i.id.equals(first.id)).findFirst().orElseThrow().comparator,
                stored.indicators.stream().filter(i -> i.id.equals(second.id)).findFirst().orElseThrow().target));
    }
}
