package cn.jixiao.app.unitlevel;

import cn.jixiao.app.SheetRobot;
import cn.jixiao.app.WindowTest;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 部门整体's indicator and 分值 grids and the 基础数据表 typed like a spreadsheet, on 衡阳 2022. */
class UnitLevelGridsKeyboardTest extends WindowTest {
    @Override
    protected void beforeTheWindow() throws IOException {
        Files.deleteIfExists(home.resolve("hengyang-office.jixiao"));
    }

    private FiscalYear saved() {
        return SheetRobot.saved(app).year(2022).orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void overallIndicatorsTypedWithTabAndAClickAwayAreSaved(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.open(SheetRobot.node(UnitNode.Kind.OVERALL, 2022, null));
        TableView<Indicator> grid = robot.lookup("#overallIndicators").queryAs(TableView.class);
        assertTrue(grid.getItems().size() >= 3, "the sample's 部门整体 has indicators");
        Indicator first = grid.getItems().get(0);
        Indicator second = grid.getItems().get(1);
        sheet.show("#overallIndicators");
        sheet.click("#overallIndicators", 0, "COMPARATOR").write("≥").type(KeyCode.TAB);
        assertTrue(sheet.focusPath().contains("overallIndicators"), "Tab stays in the grid: " + sheet.focusPath());
        sheet.write("件").type(KeyCode.ENTER).write("份");
        sheet.click("#overallIndicators", 2, "NAME");
        assertEquals(List.of("≥", "件", "份"), List.of(first.comparator, first.unitOfMeasure, second.unitOfMeasure));
        Indicator stored = saved().overall.indicators.get(0);
        assertEquals(List.of("≥", "件"), List.of(stored.comparator, stored.unitOfMeasure));
        assertEquals("份", saved().overall.indicators.get(1).unitOfMeasure);
    }

    @Test
    void categoryWeightsTypedFromTheAddButtonAreSaved(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.open(SheetRobot.node(UnitNode.Kind.OVERALL, 2022, null));
        sheet.show("#categoryWeights");
        int before = saved().overall.categoryWeights.size();
        sheet.clickOn("#addCategoryWeight");
        sheet.write("满意度指标").type(KeyCode.TAB).write("10");
        robot.clickOn("#addCategoryWeight");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        var stored = saved().overall.categoryWeights;
        assertEquals(before + 2, stored.size(), "the second click added another row");
        assertEquals(List.of("满意度指标", "10"), List.of(stored.get(before).category, stored.get(before).weight));
    }

    @Test
    @SuppressWarnings("unchecked")
    void basicDataTypedWithTabEnterAndAClickAwayIsSaved(FxRobot robot) {
        SheetRobot sheet = new SheetRobot(robot);
        sheet.open(SheetRobot.node(UnitNode.Kind.BASIC_DATA, 2022, null));
        TableView<BasicDataRow> grid = robot.lookup("#basicDataGrid").queryAs(TableView.class);
        sheet.show("#basicDataGrid");
        String[] money = grid.getVisibleLeafColumns().stream().map(c -> c.getId())
                .filter(id -> id != null && !id.equals("label")).toArray(String[]::new);
        sheet.click("#basicDataGrid", 1, money[0]).write("1150").type(KeyCode.TAB).write("12.5").type(KeyCode.ENTER);
        assertTrue(sheet.focusPath().contains("basicDataGrid"), "Enter stays in the grid: " + sheet.focusPath());
        sheet.write("7");
        sheet.click("#basicDataGrid", 0, "label");
        BasicDataRow row1 = saved().basicData.rows.get(1);
        BasicDataRow row2 = saved().basicData.rows.get(2);
        var columns = cn.jixiao.domain.BasicDataColumn.values();
        assertEquals(List.of("1150", "12.5", "7"), List.of(columns[0].get(row1).text(), columns[1].get(row1).text(),
                columns[1].get(row2).text()));
    }
}
