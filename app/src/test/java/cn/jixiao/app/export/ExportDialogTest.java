package cn.jixiao.app.export;

import cn.jixiao.app.IsolatedHome;
import cn.jixiao.app.JixiaoApp;
import cn.jixiao.documents.DocumentText;
import cn.jixiao.documents.FormLayouts;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.Review;
import cn.jixiao.review.Severity;
import cn.jixiao.sample.Samples;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 文件 → 导出表格…: one project's 2021 申报表 of the sample unit, as Word, into a folder of the clerk's choice. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    private static Path home;
    private static Path out;

    @BeforeAll
    static void isolatedHome() throws IOException {
        home = IsolatedHome.enter("jixiao-home");
        out = Files.createTempDirectory("jixiao-export");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        System.clearProperty("jixiao.home");
        for (Path dir : List.of(home, out)) {
            try (var s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private JixiaoApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = new JixiaoApp();
        app.start(stage);
        stage.requestFocus();
    }

    /** The next test's window opens the same unit file: this one lets go of it first. */
    @org.junit.jupiter.api.AfterEach
    void closeTheFile() throws Exception {
        WaitForAsyncUtils.asyncFx(app::stop).get();
    }

    private static Optional<DialogPane> alert(FxRobot robot, String header) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> header.equals(p.getHeaderText())).findFirst();
    }

    private static void press(FxRobot robot, DialogPane pane, String button) {
        robot.clickOn(robot.from(pane).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(button)).findFirst().orElseThrow());
    }

    @Test
    void oneProjectsDeclarationIsExportedAsWord(FxRobot robot) throws Exception {
        Unit sample = Samples.load("hengyang-office");
        Project project = sample.year(2021).orElseThrow().project("机要工作经费").orElseThrow();
        long errors = Review.run(sample, 2021).stream().filter(f -> f.severity() == Severity.ERROR).count();
        assertTrue(errors > 0, "the sample's 2021 year has review errors (主管部门 is not filled in)");

        robot.clickOn("文件").clickOn("导出表格…");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Integer> year = robot.lookup("#exportYear").queryAs(ComboBox.class);
        robot.interact(() -> year.setValue(2021));

        CheckBox declaration = robot.lookup("#form-declaration").queryAs(CheckBox.class);
        assertEquals(FormLayouts.find("declaration", "hengyang-2021").orElseThrow().title(), declaration.getText(),
                "the title as the year's style prints it");
        assertTrue(declaration.getText().endsWith("申报表"), declaration.getText());
        assertTrue(declaration.isSelected(), "2021 is in the 衡阳 2021 style, which has a 申报表");
        for (CheckBox other : robot.lookup(".check-box").queryAllAs(CheckBox.class)) {
            if (other.getId() != null && other.getId().startsWith("form-") && other != declaration && other.isSelected()) {
                robot.clickOn(other);
            }
        }
        robot.clickOn("#someProjects");
        ListCell<?> cell = robot.lookup("#exportProjects .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> "机要工作经费".equals(c.getText())).findFirst().orElseThrow();
        robot.clickOn(robot.from(cell).lookup(".check-box").queryAs(CheckBox.class));
        assertTrue(robot.lookup("#formatDocx").queryAs(CheckBox.class).isSelected());
        assertFalse(robot.lookup("#formatXlsx").queryAs(CheckBox.class).isSelected());
        TextField folder = robot.lookup("#exportFolder").queryAs(TextField.class);
        robot.interact(() -> folder.setText(out.toString()));

        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane warning = alert(robot, "还有 " + errors + " 个错误，仍要导出吗？").orElseThrow();
        press(robot, warning, "仍要导出");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> alert(robot, "已导出 1 个文件").isPresent());
        press(robot, alert(robot, "已导出 1 个文件").orElseThrow(), "关闭");

        List<Path> files;
        try (var s = Files.list(out)) {
            files = s.toList();
        }
        assertEquals(1, files.size(), files.toString());
        Path docx = files.get(0);
        assertTrue(docx.getFileName().toString().endsWith(".docx"));
        assertTrue(docx.getFileName().toString().contains("机要工作经费"), docx.toString());
        List<String> texts = DocumentText.docx(docx);
        assertTrue(texts.contains("机要工作经费"), "the project's name is on the form");
        assertFalse(project.indicators.isEmpty());
        for (Indicator i : project.indicators) {
            assertTrue(texts.contains(i.name), "indicator " + i.name);
            if (!i.target.isBlank()) {
                assertTrue(texts.contains(i.target), "target " + i.target + " of " + i.name);
            }
        }
        assertEquals(out.toAbsolutePath().toString(), ExportFolder.load().toAbsolutePath().toString(), "the folder is remembered");
    }

    @Test
    void theProjectChoiceIsGreyedWhileOnlyYearlyFormsAreTicked(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem export = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "导出表格…".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(export::fire);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Integer> year = robot.lookup("#exportYear").queryAs(ComboBox.class);
        robot.interact(() -> year.setValue(2022));
        CheckBox selfEvaluation = robot.lookup("#form-self-evaluation").queryAs(CheckBox.class);
        assertTrue(selfEvaluation.isSelected(), "2022's style has a 自评表, one per project");
        javafx.scene.control.Label note = robot.lookup("#projectChoiceNote").queryAs(javafx.scene.control.Label.class);
        assertFalse(robot.lookup("#someProjects").query().isDisabled());
        assertTrue(note.getText().startsWith("项目的选择只用于每个项目一份的表格"), note.getText());

        robot.clickOn(selfEvaluation);
        assertTrue(robot.lookup("#form-basic-data").queryAs(CheckBox.class).isSelected(), "a yearly form stays ticked");
        assertTrue(robot.lookup("#someProjects").query().isDisabled(), "no per-project form ticked: nothing to choose");
        assertTrue(robot.lookup("#allProjects").query().isDisabled());
        assertTrue(robot.lookup("#exportProjects").query().isDisabled());
        assertTrue(note.getText().startsWith("勾选的表格都是全年一份、包含全部项目的，不用选择项目"), note.getText());

        robot.clickOn(selfEvaluation);
        assertFalse(robot.lookup("#someProjects").query().isDisabled(), "ticked again: the choice applies again");
        robot.interact(() -> robot.lookup("#exportDialog").query().getScene().getWindow().hide());
    }

    /** The national style (国家通用) is offered beside the seeds' for the 申报表 and the 自评表, named in Chinese. */
    @Test
    void theNationalStyleIsOfferedForTheDeclarationAndTheSelfEvaluation(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem export = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "导出表格…".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(export::fire);
        WaitForAsyncUtils.waitForFxEvents();
        for (String form : List.of("declaration", "self-evaluation")) {
            @SuppressWarnings("unchecked")
            ComboBox<String> style = robot.lookup("#style-" + form).queryAs(ComboBox.class);
            assertTrue(style.getItems().contains("national"), form + ": " + style.getItems());
            assertEquals("国家通用版", style.getConverter().toString("national"));
        }
        @SuppressWarnings("unchecked")
        ComboBox<String> style = robot.lookup("#style-declaration").queryAs(ComboBox.class);
        robot.interact(() -> style.setValue("national"));
        assertEquals("项目支出绩效目标申报表", robot.lookup("#form-declaration").queryAs(CheckBox.class).getText(),
                "the national 申报表's title");
        robot.interact(() -> robot.lookup("#exportDialog").query().getScene().getWindow().hide());
    }
}
