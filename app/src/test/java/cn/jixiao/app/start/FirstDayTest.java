package cn.jixiao.app.start;

import cn.jixiao.app.IsolatedHome;
import cn.jixiao.app.JixiaoApp;
import cn.jixiao.app.Screenshots;
import cn.jixiao.app.indicator.IndicatorEditor.Row;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.documents.DocumentText;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import cn.jixiao.workspace.UserFolders;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clerk's first day, from an empty data folder: the welcome page, 新建本单位 with the guided
 * form, the first year, two projects with their funds and six indicators each typed from the
 * keyboard, the unit's information edited, the 申报表 exported as Word, and after a restart
 * everything is still there. The unit and its projects are those of 衡阳市人民政府办公室 (seed 000).
 */
@ExtendWith(ApplicationExtension.class)
class FirstDayTest {
    private static final String UNIT = "衡阳市人民政府办公室";
    private static Path home;
    private JixiaoApp app;
    private Stage stage;

    @BeforeAll
    static void emptyDataFolder() throws IOException {
        home = IsolatedHome.enterEmpty("jixiao-firstday");
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
        Screenshots.fitScreen(stage);
        stage.requestFocus();
    }

    /** Two projects of seed 000 with six indicators or more: what the clerk types. */
    private static List<Project> seedProjects() {
        FiscalYear y = Samples.load("hengyang-office").year(2021).orElseThrow();
        List<Project> six = y.projects.stream().filter(p -> p.indicators.size() >= 6
                && !p.funds.fiscalAppropriation.isEmpty()).limit(2).toList();
        assertEquals(2, six.size(), "seed 000 has two projects with six indicators and their funds");
        return six;
    }

    private void waitFx() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void set(FxRobot robot, String id, String text) {
        TextInputControl t = robot.lookup(id).queryAs(TextInputControl.class);
        robot.interact(() -> t.setText(text));
    }

    private static Optional<DialogPane> dialog(FxRobot robot, String headerStart) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getHeaderText() != null && p.getHeaderText().startsWith(headerStart)).findFirst();
    }

    private static void press(FxRobot robot, DialogPane pane, String button) {
        robot.clickOn(robot.from(pane).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(button)).findFirst().orElseThrow());
    }

    private void key(FxRobot robot, KeyCode... combo) {
        robot.press(combo);
        for (int i = combo.length - 1; i >= 0; i--) {
            robot.release(combo[i]);
        }
        waitFx();
    }

    @Test
    void aClerksFirstDay(FxRobot robot) throws Exception {
        // 1. the welcome page, not the sample disguised as the clerk's file
        assertTrue(robot.lookup("#welcomePage").tryQuery().isPresent(), "a first start shows the welcome page");
        assertTrue(robot.lookup("打开单位文件…").tryQuery().isPresent());
        assertTrue(robot.lookup("只读浏览").tryQuery().isPresent() && robot.lookup("复制一份练习").tryQuery().isPresent());
        assertEquals("绩效填报", stage.getTitle());
        robot.interact(() -> Screenshots.save(stage.getScene(), "welcome-1366x768"));

        // 2. 新建本单位: the guided form refuses an empty name and says so next to the field
        robot.clickOn("#welcomeNewUnit");
        waitFx();
        DialogPane form = robot.lookup("#newUnitDialog").queryAs(DialogPane.class);
        robot.clickOn("#newUnitCreate");
        waitFx();
        Label nameError = robot.lookup("#error-name").queryAs(Label.class);
        assertTrue(nameError.isVisible());
        assertEquals("请填写单位名称。", nameError.getText());
        assertTrue(form.getScene().getWindow().isShowing(), "the form stays open");
        assertEquals(String.valueOf(LocalDate.now().getYear() + 1), robot.lookup("#newUnitYear").queryAs(TextField.class).getText(),
                "the first year is next budget year");

        // a headless dialog gets no keyboard focus (Monocle), so the form's boxes are filled directly
        set(robot, "#newUnit-name", UNIT);
        set(robot, "#newUnit-supervisingDepartment", UNIT);
        set(robot, "#newUnit-authorizedStaff", "121");
        set(robot, "#newUnit-actualStaff", "一百一十五");
        set(robot, "#newUnit-internalDivisions", "22");
        set(robot, "#newUnit-preparer", "刘璐");
        set(robot, "#newUnit-phone", "8861058");
        @SuppressWarnings("unchecked")
        ComboBox<String> style = robot.lookup("#newUnitStyle").queryAs(ComboBox.class);
        robot.interact(() -> style.setValue("hengyang-2021"));
        assertNotNull(robot.lookup("#newUnitPreview").queryAs(javafx.scene.image.ImageView.class).getImage(), "the style's picture");
        @SuppressWarnings("unchecked")
        ComboBox<cn.jixiao.domain.Framework> framework = robot.lookup("#newUnitFramework").queryAs(ComboBox.class);
        assertEquals(Frameworks.HENGYANG_2021, framework.getValue().id, "the style brings its framework");
        Path file = UserFolders.unitFilesFolder().resolve(UNIT + ".jixiao");
        assertEquals(file.toString(), robot.lookup("#newUnitFile").queryAs(TextField.class).getText(),
                "saved under Documents\\绩效填报, named after the unit");
        robot.clickOn("#newUnitCreate");
        waitFx();
        Label staffError = robot.lookup("#error-actualStaff").queryAs(Label.class);
        assertTrue(staffError.isVisible() && staffError.getText().contains("整数"), staffError.getText());
        assertFalse(robot.lookup("#error-name").queryAs(Label.class).isVisible(), "the name is fine now");
        robot.interact(() -> Screenshots.saveOver(stage.getScene(), form.getScene(), "new-unit-form-1366x768"));
        set(robot, "#newUnit-actualStaff", "115");
        robot.clickOn("#newUnitCreate");
        waitFx();
        assertFalse(form.getScene() != null && form.getScene().getWindow() != null && form.getScene().getWindow().isShowing());

        // 3. the unit opens on its first year, 项目 selected, 新建项目 enabled
        assertTrue(Files.exists(file));
        int year = LocalDate.now().getYear() + 1;
        Unit unit = app.viewModel().unit();
        assertEquals(UNIT, unit.name);
        assertEquals(List.of(year), unit.years.stream().map(y -> y.year).toList());
        UnitNode selected = app.viewModel().selectedProperty().get();
        assertEquals(UnitNode.Kind.PROJECTS, selected.kind());
        assertEquals(year, selected.year().year);
        MenuItem newProject = app.view().menuBar().getMenus().stream().filter(m -> "projectMenu".equals(m.getId()))
                .findFirst().orElseThrow().getItems().get(0);
        assertFalse(newProject.isDisable(), "项目 → 新建项目 is ready");
        assertTrue(stage.getTitle().startsWith(UNIT), stage.getTitle());

        // 4. two projects, funds and six indicators each, from the keyboard
        List<Project> seed = seedProjects();
        FiscalYear fy = unit.year(year).orElseThrow();
        for (Project want : seed) {
            TreeView<?> tree = robot.lookup("#unitTree").queryAs(TreeView.class);
            robot.interact(tree::requestFocus);
            key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
            TextField name = robot.lookup("#projectName").queryAs(TextField.class);
            assertTrue(name.isFocused(), "the new project's name is ready to type");
            robot.write(want.name).type(KeyCode.ENTER);
            waitFx();
            robot.interact(() -> robot.lookup("#fiscalAppropriation").query().requestFocus());
            robot.write(want.funds.fiscalAppropriation.text()).type(KeyCode.TAB);
            waitFx();
            @SuppressWarnings("unchecked")
            TreeTableView<Row> table = robot.lookup("#indicatorTree").queryAs(TreeTableView.class);
            for (Indicator i : want.indicators.subList(0, 6)) {
                robot.interact(() -> {
                    table.requestFocus();
                    table.getSelectionModel().clearAndSelect(rowOf(table, i.subcategory));
                });
                robot.type(KeyCode.INSERT);
                waitFx();
                robot.write(i.name).type(KeyCode.TAB);
                waitFx();
                robot.write(i.target).type(KeyCode.ENTER);
                waitFx();
            }
        }
        assertEquals(seed.stream().map(p -> p.name).toList(), fy.projects.stream().map(p -> p.name).toList());
        for (int k = 0; k < 2; k++) {
            Project got = fy.projects.get(k);
            Project want = seed.get(k);
            assertEquals(want.funds.fiscalAppropriation.text(), got.funds.fiscalAppropriation.text(), got.name);
            assertEquals(want.indicators.subList(0, 6).stream().map(i -> i.subcategory + "/" + i.name + "/" + i.target).toList(),
                    got.indicators.stream().map(i -> i.subcategory + "/" + i.name + "/" + i.target).toList());
        }

        // 5. the unit's information: a wrong figure is explained and not saved, a right one is
        robot.interact(() -> app.view().selectNode(UnitNode.Kind.UNIT, 0, null));
        waitFx();
        assertTrue(robot.lookup("#unitEditor").tryQuery().isPresent(), "the unit node opens the unit editor");
        robot.interact(() -> robot.lookup("#unit-code").query().requestFocus());
        robot.write("430400001").type(KeyCode.ENTER);
        waitFx();
        assertEquals("430400001", unit.code);
        robot.interact(() -> robot.lookup("#unit-internalDivisions").query().requestFocus());
        key(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("二十三").type(KeyCode.ENTER);
        waitFx();
        Label divisionsError = robot.lookup("#unitError-internalDivisions").queryAs(Label.class);
        assertTrue(divisionsError.isVisible() && divisionsError.getText().startsWith("内设机构数"), divisionsError.getText());
        assertEquals("22", unit.internalDivisions, "a wrong figure is not saved");
        key(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("23").type(KeyCode.ENTER);
        waitFx();
        assertEquals("23", unit.internalDivisions);
        assertFalse(divisionsError.isVisible());
        robot.interact(() -> Screenshots.save(stage.getScene(), "unit-editor-1366x768"));

        // 6. Ctrl+E offers the real year and exports the 申报表 as Word
        key(robot, KeyCode.CONTROL, KeyCode.E);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> exportYear = robot.lookup("#exportYear").queryAs(ComboBox.class);
        assertEquals(year, exportYear.getValue(), "never 0年度");
        assertEquals(List.of(year), exportYear.getItems());
        CheckBox declaration = robot.lookup("#form-declaration").queryAs(CheckBox.class);
        robot.interact(() -> {
            for (CheckBox other : robot.lookup(".check-box").queryAllAs(CheckBox.class)) {
                if (other.getId() != null && other.getId().startsWith("form-")) {
                    other.setSelected(other == declaration);
                }
            }
        });
        Path out = Files.createDirectories(home.resolve("export"));
        set(robot, "#exportFolder", out.toString());
        robot.clickOn("#exportButton");
        waitFx();
        dialog(robot, "还有 ").ifPresent(warning -> press(robot, warning, "仍要导出"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dialog(robot, "已导出").isPresent());
        press(robot, dialog(robot, "已导出").orElseThrow(), "关闭");
        robot.lookup("#exportClose").tryQuery().ifPresent(robot::clickOn);
        List<Path> files;
        try (var s = Files.list(out)) {
            files = s.filter(p -> p.toString().endsWith(".docx")).toList();
        }
        assertEquals(1, files.size(), files.toString());
        List<String> texts = DocumentText.docx(files.get(0));
        for (Project p : seed) {
            assertTrue(texts.contains(p.name), "the 申报表 has " + p.name);
            for (Indicator i : p.indicators.subList(0, 6)) {
                assertTrue(texts.stream().anyMatch(t -> t.contains(i.name)), "and its indicator " + i.name);
            }
        }

        // 7. restart: the unit file opens again, everything is there
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
        });
        waitFx();
        assertFalse(robot.lookup("#welcomePage").tryQuery().isPresent(), "a later start opens the clerk's file");
        Unit reopened = again.get().viewModel().unit();
        assertEquals(file.toAbsolutePath(), again.get().viewModel().workspaceProperty().get().path().toAbsolutePath());
        assertEquals("430400001", reopened.code);
        assertEquals("23", reopened.internalDivisions);
        assertEquals("115", reopened.actualStaff);
        assertEquals("hengyang-2021", reopened.formStyle);
        FiscalYear y2 = reopened.year(year).orElseThrow();
        assertEquals(Frameworks.HENGYANG_2021, y2.frameworkId);
        assertEquals(2, y2.projects.size());
        for (int k = 0; k < 2; k++) {
            assertEquals(seed.get(k).name, y2.projects.get(k).name);
            assertEquals(seed.get(k).funds.fiscalAppropriation.text(), y2.projects.get(k).funds.fiscalAppropriation.text());
            assertEquals(6, y2.projects.get(k).indicators.size());
        }
        robot.interact(() -> again.get().stop());
    }

    private static int rowOf(TreeTableView<Row> t, String label) {
        for (int i = 0; i < t.getExpandedItemCount(); i++) {
            Row r = t.getTreeItem(i).getValue();
            String text = r.indicator() != null ? r.indicator().name : r.kind() == Row.Kind.CATEGORY ? r.category() : r.subcategory();
            if (text.equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no row " + label);
    }
}
