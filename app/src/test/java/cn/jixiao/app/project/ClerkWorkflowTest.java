package cn.jixiao.app.project;

import cn.jixiao.app.IsolatedHome;
import cn.jixiao.app.JixiaoApp;
import cn.jixiao.app.indicator.IndicatorEditor;
import cn.jixiao.app.indicator.IndicatorEditor.Row;
import cn.jixiao.documents.DocumentExporter;
import cn.jixiao.documents.DocumentText;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.store.UnitFile;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clerk's session on the sample unit, by keyboard and mouse: a new project, its funds, six
 * indicators, a drag and drop, undo and redo, another framework; then the program is closed and
 * started again on the same file, and everything is there.
 */
@ExtendWith(ApplicationExtension.class)
class ClerkWorkflowTest {
    private static Path home;
    private JixiaoApp app;
    private Stage stage;

    @BeforeAll
    static void isolatedHome() throws IOException {
        home = IsolatedHome.enter("jixiao-clerk");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        IsolatedHome.leave(home);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = new JixiaoApp();
        app.start(stage);
        stage.requestFocus();
    }

    private static final String NAME = "政务信息化运维经费";
    private static final List<String[]> SIX = List.of(
            new String[] {"数量指标", "运维系统数量", "≥12个"},
            new String[] {"数量指标", "巡检次数", "不少于24次"},
            new String[] {"质量指标", "系统正常运行率", "≥99%"},
            new String[] {"时效指标", "故障响应时间", "≤2小时"},
            new String[] {"成本指标", "运维成本", "≤12万元"},
            new String[] {"社会公众或服务对象满意度指标", "使用单位满意度", "≥95%"});

    private ProjectEditorModel editor(FxRobot robot) {
        Node n = robot.lookup("#projectEditor").query();
        return (ProjectEditorModel) n.getProperties().get(ProjectEditorModel.class);
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<Row> table(FxRobot robot) {
        return robot.lookup("#indicatorTree").queryAs(TreeTableView.class);
    }

    private int rowOf(TreeTableView<Row> t, String label) {
        for (int i = 0; i < t.getExpandedItemCount(); i++) {
            Row r = t.getTreeItem(i).getValue();
            String text = r.indicator() != null ? r.indicator().name : r.kind() == Row.Kind.CATEGORY ? r.category() : r.subcategory();
            if (text.equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no row " + label);
    }

    /** Scrolls the editor so the indicator table's top is in view. */
    private void showTable(FxRobot robot) {
        ScrollPane sp = robot.lookup("#details").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node t = robot.lookup("#indicatorEditor").query();
            double y = t.localToScene(0, 0).getY() - sp.getContent().localToScene(0, 0).getY();
            double range = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(Math.min(1, Math.max(0, (y - 10) / range)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TreeTableRow<?> rowNode(FxRobot robot, String label) {
        return robot.lookup(".tree-table-row-cell").match((TreeTableRow<Row> r) -> {
            Row x = r.getItem();
            if (x == null) {
                return false;
            }
            String text = x.indicator() != null ? x.indicator().name : x.kind() == Row.Kind.CATEGORY ? x.category() : x.subcategory();
            return text.equals(label);
        }).query();
    }

    @Test
    void aClerkFillsANewProjectAndFindsItAgainAfterARestart(FxRobot robot) throws Exception {
        // the findings panel has tree cells too (of its own rows), once its review has run
        robot.clickOn(robot.lookup(".tree-cell").match((javafx.scene.control.TreeCell<?> c) ->
                c.getItem() instanceof cn.jixiao.app.main.UnitNode n && n.kind() == cn.jixiao.app.main.UnitNode.Kind.PROJECTS
                        && n.year().year == 2021).queryAs(Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("项目（13）").tryQuery().isPresent(), "the new project is in the tree");
        TextField name = robot.lookup("#projectName").queryAs(TextField.class);
        assertTrue(name.isFocused(), "the name is ready to type");
        robot.write(NAME).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Project project = editor(robot).project();
        assertEquals(NAME, project.name);
        assertTrue(robot.lookup(NAME).tryQuery().isPresent(), "the tree shows the typed name");

        // funds: lenient amounts are accepted and stored plainly; a typo is refused with the field's name
        robot.clickOn("#fiscalAppropriation").write("12万元").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("12", project.funds.fiscalAppropriation.text());
        assertEquals("12 万元", robot.lookup("#computedTotal").queryAs(Label.class).getText());
        robot.clickOn("#otherFunds").write("31..5").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(project.funds.otherFunds.isEmpty(), "an invalid amount is not saved");
        String error = robot.lookup("#fundsError").queryAs(Label.class).getText();
        assertTrue(error.startsWith("其他资金") && error.contains("31..5"), error);
        robot.clickOn("#otherFunds").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#fundsError").queryAs(Label.class).getText());
        robot.type(KeyCode.TAB, 8);
        assertEquals("statedTotal", stage.getScene().getFocusOwner().getId(), "Tab walks through the funds");
        robot.write("15").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("15", project.funds.statedTotal.text(), "a stated total is kept as typed");
        assertTrue(robot.lookup("#totalWarning").queryAs(Label.class).getText().contains("两者应相等"), "the editor warns in review's words");

        // six indicators, typed: select the 二级, Insert, name, Tab, 指标值, Enter
        TreeTableView<Row> table = table(robot);
        for (String[] ind : SIX) {
            robot.interact(() -> {
                table.requestFocus();
                table.getSelectionModel().clearAndSelect(rowOf(table, ind[0]));
            });
            robot.type(KeyCode.INSERT);
            WaitForAsyncUtils.waitForFxEvents();
            robot.write(ind[1]).type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            robot.write(ind[2]).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(6, project.indicators.size());
        assertEquals(List.of("运维系统数量", "巡检次数", "系统正常运行率", "故障响应时间", "运维成本", "使用单位满意度"),
                project.indicators.stream().map(i -> i.name).toList());
        assertEquals("≥99%", project.indicators.get(2).target);
        assertEquals("社会公众或服务对象满意度指标", project.indicators.get(5).subcategory);

        // the declaration as Word, in the unit's layout, through the exporter the export dialog uses
        cn.jixiao.domain.Unit unit = editor(robot).main().unit();
        Path out = Files.createDirectories(home.resolve("export"));
        List<Path> written = DocumentExporter.export(unit, new DocumentExporter.Request(2021, "declaration", unit.formStyle,
                List.of(NAME), DocumentExporter.Format.DOCX, out), DocumentExporter.Progress.NONE);
        assertEquals(1, written.size());
        List<String> cells = DocumentText.docx(written.get(0));
        assertTrue(cells.contains(NAME), "the project's name is on the form");
        for (String[] ind : SIX) {
            int at = cells.indexOf(ind[1]);
            assertTrue(at >= 0, "the form lists " + ind[1]);
            assertTrue(cells.subList(at, Math.min(cells.size(), at + 3)).contains(ind[2]), ind[1] + " has its 指标值 " + ind[2]);
        }
        assertTrue(cells.indexOf("运维系统数量") < cells.indexOf("巡检次数") && cells.indexOf("巡检次数") < cells.indexOf("使用单位满意度"),
                "in the order typed");

        // drag 巡检次数 from 数量指标 onto the 时效指标 heading
        showTable(robot);
        robot.drag(rowNode(robot, "巡检次数"), MouseButton.PRIMARY).dropTo(rowNode(robot, "时效指标"));
        WaitForAsyncUtils.waitForFxEvents();
        Indicator moved = project.indicators.stream().filter(i -> i.name.equals("巡检次数")).findFirst().orElseThrow();
        assertEquals("时效指标", moved.subcategory, "dropped under the other 二级");
        assertEquals(List.of("运维系统数量", "系统正常运行率", "故障响应时间", "巡检次数", "运维成本", "使用单位满意度"),
                project.indicators.stream().map(i -> i.name).toList());

        // undo twice (the move, then the last 指标值), redo once (the 指标值)
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("数量指标", project.indicators.get(1).subcategory);
        assertEquals("巡检次数", project.indicators.get(1).name);
        assertEquals("", project.indicators.get(5).target);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("≥95%", project.indicators.get(5).target);
        assertEquals("巡检次数", project.indicators.get(1).name, "the move stays undone");
        assertEquals("巡检次数", table.getTreeItem(rowOf(table, "数量指标") + 2).getValue().indicator().name, "the tree shows it back");

        // another framework: 成本 becomes a 一级, 满意度 leaves 效益
        @SuppressWarnings("unchecked")
        ComboBox<Framework> fw = robot.lookup("#frameworkChoice").queryAs(ComboBox.class);
        robot.interact(() -> fw.getItems().stream().filter(f -> f.id.equals(Frameworks.NATIONAL_2021)).findFirst()
                .ifPresent(f -> fw.getSelectionModel().select(f)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Frameworks.NATIONAL_2021, project.frameworkId);
        assertEquals("成本指标/经济成本指标", where(project, "运维成本"));
        assertEquals("满意度指标/服务对象满意度指标", where(project, "使用单位满意度"));
        assertEquals("成本指标", table(robot).getTreeItem(0).getValue().category(), "the tree follows the framework");

        // close the program and start it again on the same file
        Path file = home.resolve("hengyang-office.jixiao");
        AtomicReference<JixiaoApp> again = new AtomicReference<>();
        robot.interact(() -> {
            stage.close();
            app.stop();
            JixiaoApp second = new JixiaoApp();
            try {
                second.start(stage);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            again.set(second);
            stage.requestFocus();
        });
        // Ctrl+F finds the project by part of its name; Enter opens it
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField query = robot.lookup("#findQuery").queryAs(TextField.class);
        assertNotNull(query, "the find dialog is open");
        // a headless dialog window gets no keyboard focus (Monocle), so the query is set directly
        robot.interact(() -> query.setText("信息化运维"));
        javafx.scene.control.ListView<?> hits = robot.lookup("#findHits").queryAs(javafx.scene.control.ListView.class);
        assertEquals(1, hits.getItems().size());
        robot.interact(() -> ((javafx.scene.control.Button) ((javafx.scene.control.DialogPane) query.getScene().getRoot())
                .getButtonTypes().stream().filter(b -> b.getText().equals("转到")).findFirst()
                .map(((javafx.scene.control.DialogPane) query.getScene().getRoot())::lookupButton).orElseThrow()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Project reopened = editor(robot).project();
        assertEquals("12", reopened.funds.fiscalAppropriation.text());
        assertEquals("15", reopened.funds.statedTotal.text());
        assertEquals(NAME, robot.lookup("#projectName").queryAs(TextField.class).getText());
        assertEquals(Frameworks.NATIONAL_2021, reopened.frameworkId);
        assertEquals(6, table(robot).getRoot().getChildren().stream().mapToLong(c -> c.getChildren().stream()
                .mapToLong(s -> s.getChildren().size()).sum()).sum(), "six indicators in the tree");
        robot.interact(() -> {
            stage.close();
            again.get().stop();
        });

        try (UnitFile f = UnitFile.open(file)) {
            Unit u = f.load();
            FiscalYear fy = u.year(2021).orElseThrow();
            Project saved = fy.project(NAME).orElseThrow();
            assertEquals(13, fy.projects.size());
            assertEquals(List.of("运维成本", "运维系统数量", "巡检次数", "系统正常运行率", "故障响应时间", "使用单位满意度"),
                    saved.indicators.stream().map(i -> i.name).toList(), "saved in the national framework's order");
            assertEquals(List.of("≤12万元", "≥12个", "不少于24次", "≥99%", "≤2小时", "≥95%"),
                    saved.indicators.stream().map(i -> i.target).toList());
        }
    }

    private static String where(Project p, String name) {
        Indicator i = p.indicators.stream().filter(x -> x.name.equals(name)).findFirst().orElse(null);
        assertNotNull(i, name);
        return i.category + "/" + i.subcategory;
    }
}
