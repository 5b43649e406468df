package cn.jixiao.app.monitoring;

import cn.jixiao.app.WindowTest;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.overview.YearOverview;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clerk starts the June monitoring of 政务督查经费 (2021, 35 万元, 督查次数 不少于20次) in the
 * sample unit, types the figures and watches the lights change, exports the form, then opens
 * the 年度总览 and finds the project's bar against the time-progress line.
 */
class MonitoringWindowTest extends WindowTest {
    @TempDir
    Path out;

    @Test
    void startTypeSeeTheLightsExportAndFindItInTheYearOverview(FxRobot robot) throws Exception {
        select(robot, 2021, "政务督查经费", UnitNode.Kind.PROJECT_MONITORING);
        robot.clickOn("#startMonitoring");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("35", robot.lookup("#adjustedBudget").queryAs(TextField.class).getText(), "the declaration's 资金总额");
        assertEquals("50.00%", text(robot, "#timeProgress"), "1—6月");

        robot.doubleClickOn("#executed").write("10.5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("30.00%", text(robot, "#executionRate"));
        assertEquals("黄灯", text(robot, "#executionLight"), "20 points behind the time progress");

        robot.doubleClickOn("#executed").eraseText(4).write("17.5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("50.00%", text(robot, "#executionRate"));
        assertEquals("绿灯", text(robot, "#executionLight"));

        robot.clickOn("#expected-0").write("18次").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("黄灯", text(robot, "#light-0"), "18 of 不少于20次");
        assertTrue(text(robot, "#projectLight").contains("黄灯"), text(robot, "#projectLight"));
        robot.doubleClickOn("#expected-0").eraseText(3).write("20次").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("绿灯", text(robot, "#light-0"));
        robot.doubleClickOn("#expected-0").eraseText(3).write("18次").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        MonitoringView.folderChooser = owner -> Optional.of(out);
        robot.clickOn("#exportMonitoring");
        WaitForAsyncUtils.waitForFxEvents();
        try (var files = Files.list(out)) {
            Path written = files.filter(f -> f.getFileName().toString().endsWith(".docx")).findFirst().orElseThrow();
            assertTrue(written.getFileName().toString().contains("项目支出绩效运行监控表"), written.toString());
            assertTrue(Files.size(written) > 0);
        }
        assertTrue(text(robot, "#monitoringExported").startsWith("已导出："));

        selectYear(robot, 2021);
        // the lights and findings are judged in the background, after the first frame
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#overviewSummary").queryAs(Label.class).getText().contains("正在审核"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#overviewSummary").contains("审核发现"), text(robot, "#overviewSummary"));
        TableView<YearOverview.Row> table = robot.lookup("#overviewTable").queryAs(TableView.class);
        YearOverview.Row row = table.getItems().stream().filter(r -> r.name().equals("政务督查经费")).findFirst().orElseThrow();
        assertEquals("黄灯", row.light().chinese());
        BarChart<String, Number> chart = robot.lookup("#overviewChart").queryAs(BarChart.class);
        XYChart.Data<String, Number> bar = chart.getData().get(0).getData().stream()
                .filter(d -> d.getXValue().equals("政务督查经费")).findFirst().orElseThrow();
        assertEquals(0, new java.math.BigDecimal("50.00").compareTo((java.math.BigDecimal) bar.getYValue()));
        assertTrue(robot.lookup("#timeProgressLine").queryAs(Line.class).isVisible());

        int index = table.getItems().indexOf(row);
        robot.interact(() -> table.scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> shown = robot.from(table).lookup(".table-row-cell").queryAll().stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.getItem() == row).findFirst().orElseThrow();
        robot.clickOn(shown);
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<UnitNode> tree = robot.lookup("#unitTree").queryAs(TreeView.class);
        UnitNode selected = tree.getSelectionModel().getSelectedItem().getValue();
        assertEquals(UnitNode.Kind.PROJECT, selected.kind());
        assertEquals("政务督查经费", selected.project().name);
    }

    private static void select(FxRobot robot, int year, String project, UnitNode.Kind kind) {
        TreeView<UnitNode> tree = robot.lookup("#unitTree").queryAs(TreeView.class);
        TreeItem<UnitNode> target = null;
        for (var y : tree.getRoot().getChildren()) {
            if (y.getValue().year().year != year) {
                continue;
            }
            for (var group : y.getChildren()) {
                for (var p : group.getChildren()) {
                    if (p.getValue().project() != null && p.getValue().project().name.equals(project)) {
                        for (var child : p.getChildren()) {
                            if (child.getValue().kind() == kind) {
                                target = child;
                            }
                        }
                    }
                }
            }
        }
        TreeItem<UnitNode> node = target;
        robot.interact(() -> {
            node.getParent().setExpanded(true);
            tree.getSelectionModel().select(node);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void selectYear(FxRobot robot, int year) {
        TreeView<UnitNode> tree = robot.lookup("#unitTree").queryAs(TreeView.class);
        TreeItem<UnitNode> node = tree.getRoot().getChildren().stream().filter(y -> y.getValue().year().year == year)
                .findFirst().orElseThrow();
        robot.interact(() -> tree.getSelectionModel().select(node));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
