package cn.jixiao.app.start;

import cn.jixiao.app.IsolatedHome;
import cn.jixiao.app.JixiaoApp;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.documents.DocumentExporter;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.UnitFile;
import cn.jixiao.workspace.UserFolders;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 从 Word/Excel 表格导入… on the welcome page of a first start (an empty data folder): the clerk
 * chooses last years' forms (the program's own export of the sample's 2021 申报表, as a county
 * office keeps them), makes the unit with the 新建本单位 form, and the import dialog opens on the
 * forms; its 导入 ends with the projects in the window and in the saved file.
 */
@ExtendWith(ApplicationExtension.class)
class WelcomeImportTest {
    private static final String UNIT = "衡阳市人民政府办公室";
    private static final int YEAR = 2021;
    private static Path home;
    private static Path forms;
    private JixiaoApp app;

    @BeforeAll
    static void emptyDataFolderAndLastYearsForms() throws IOException {
        home = IsolatedHome.enterEmpty("jixiao-welcome-import");
        Path out = Files.createTempDirectory("jixiao-welcome-forms");
        Unit sample = Samples.load(Samples.DEFAULT);
        List<String> names = sample.year(YEAR).orElseThrow().projects.stream().map(p -> p.name).toList();
        List<Path> files = DocumentExporter.export(sample, new DocumentExporter.Request(YEAR, "declaration", null, names,
                DocumentExporter.Format.DOCX, out, false), DocumentExporter.Progress.NONE);
        assertEquals(1, files.size(), "one document holding every project's 申报表");
        forms = files.get(0);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        WelcomePage.formsChooser = cn.jixiao.app.importing.ImportAction::choose;
        IsolatedHome.leave(home);
        try (var s = Files.walk(forms.getParent())) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        app = new JixiaoApp();
        app.start(stage);
    }

    @AfterEach
    void closeTheFile() throws Exception {
        WaitForAsyncUtils.asyncFx(app::stop).get();
    }

    private static void set(FxRobot robot, String id, String text) {
        TextInputControl t = robot.lookup(id).queryAs(TextInputControl.class);
        robot.interact(() -> t.setText(text));
    }

    @Test
    void theFormsChosenOnTheWelcomePageEndInTheNewUnitsWindow(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#welcomePage").tryQuery().isPresent(), "a first start shows the welcome page");
        assertTrue(robot.lookup("从 Word/Excel 表格导入…").tryQuery().isPresent());

        // cancelling the file chooser makes nothing
        WelcomePage.formsChooser = owner -> List.of();
        robot.clickOn("#welcomeImport");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#newUnitDialog").tryQuery().isEmpty(), "no forms chosen: no unit form");
        assertTrue(robot.lookup("#welcomePage").tryQuery().isPresent());

        // the system's file chooser hands over the document chosen
        WelcomePage.formsChooser = owner -> List.of(forms);
        robot.clickOn("#welcomeImport");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane unitForm = robot.lookup("#newUnitDialog").queryAs(DialogPane.class);
        set(robot, "#newUnit-name", UNIT);
        set(robot, "#newUnit-supervisingDepartment", UNIT);
        set(robot, "#newUnit-authorizedStaff", "121");
        set(robot, "#newUnit-actualStaff", "115");
        set(robot, "#newUnit-internalDivisions", "22");
        set(robot, "#newUnit-preparer", "刘璐");
        set(robot, "#newUnit-phone", "8861058");
        robot.clickOn("#newUnitCreate");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(unitForm.getScene() != null && unitForm.getScene().getWindow() != null && unitForm.getScene().getWindow().isShowing());
        Path file = UserFolders.unitFilesFolder().resolve(UNIT + ".jixiao");
        assertTrue(Files.exists(file), "the unit file is made first");

        // the import dialog on the chosen document, read at once
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#importButton").tryQuery()
                .map(b -> !b.isDisabled()).orElse(false));
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#importDialog").tryQuery().isEmpty(), "the dialog closed on import");

        List<String> expected = Samples.load(Samples.DEFAULT).year(YEAR).orElseThrow().projects.stream().map(p -> p.name).toList();
        FiscalYear into = app.viewModel().unit().year(YEAR).orElseThrow(() -> new AssertionError("the forms' year was made"));
        assertEquals(expected, into.projects.stream().map(p -> p.name).toList(), "every project of the document");
        UnitNode shown = app.viewModel().selectedProperty().get();
        assertEquals(UnitNode.Kind.PROJECTS, shown.kind(), "the window shows the projects imported");
        assertEquals(YEAR, shown.year().year);
        Project first = into.projects.get(0);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> app.view().selectNode(UnitNode.Kind.PROJECT, YEAR, first.id)).get(),
                "the unit's tree holds them");
        assertEquals(expected, UnitFile.read(file).year(YEAR).orElseThrow().projects.stream().map(p -> p.name).toList(),
                "and the saved unit file");
    }
}
