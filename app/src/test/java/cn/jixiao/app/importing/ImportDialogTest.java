package cn.jixiao.app.importing;

import cn.jixiao.app.IsolatedHome;
import cn.jixiao.app.JixiaoApp;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.documents.DocumentExporter;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
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
 * 文件 → 导入 Word/Excel 表格…: the clerk brings in two of last year's forms, a 申报表 of a project
 * the unit does not have yet (Excel) and one of 机要工作经费 with a changed 年度目标 and 指标值
 * (Word), merged into the project the unit has; one Ctrl+Z takes the whole import back. The
 * documents are the program's own export of the sample, edited as a clerk would before sending.
 */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    private static final int YEAR = 2021;
    private static final String MERGED = "机要工作经费";
    private static final String NEW_NAME = "乡村文化活动经费";
    private static final String NEW_GOAL = "完成机要文件收发 1500 件，确保零失泄密（导入的新目标）";
    private static Path home;
    private static Path documents;
    private static Path word;
    private static Path excel;
    private static String newProjectSource;
    private static String changedIndicator;
    private static String changedTarget;

    @BeforeAll
    static void documentsOfLastYear() throws IOException {
        home = IsolatedHome.enter("jixiao-import");
        documents = Files.createTempDirectory("jixiao-import-docs");
        Unit edited = Samples.load(Samples.DEFAULT);
        FiscalYear year = edited.year(YEAR).orElseThrow();
        Project merged = year.project(MERGED).orElseThrow();
        merged.annualGoal = NEW_GOAL;
        Indicator first = merged.indicators.get(0);
        changedIndicator = first.name;
        changedTarget = first.target + "（调整）";
        first.target = changedTarget;
        Project other = year.projects.stream().filter(p -> !p.name.equals(MERGED) && !p.indicators.isEmpty()).findFirst().orElseThrow();
        newProjectSource = other.name;
        other.name = NEW_NAME;
        word = exported(edited, MERGED, DocumentExporter.Format.DOCX);
        excel = exported(edited, NEW_NAME, DocumentExporter.Format.XLSX);
    }

    private static Path exported(Unit unit, String project, DocumentExporter.Format format) throws IOException {
        Path out = Files.createDirectories(documents.resolve(format.extension()));
        List<Path> files = DocumentExporter.export(unit, new DocumentExporter.Request(YEAR, "declaration", null, List.of(project),
                format, out), DocumentExporter.Progress.NONE);
        assertEquals(1, files.size());
        return files.get(0);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        IsolatedHome.leave(home);
        try (var s = Files.walk(documents)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private JixiaoApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = new JixiaoApp();
        app.start(stage);
        stage.requestFocus();
    }

    @AfterEach
    void closeTheFile() throws Exception {
        WaitForAsyncUtils.asyncFx(app::stop).get();
    }

    private Unit unit() {
        return app.viewModel().unit();
    }

    private FiscalYear year() {
        return unit().year(YEAR).orElseThrow();
    }

    /** The unit as saved: what the file holds after each step, not only what the window shows. */
    private Unit saved() {
        return cn.jixiao.app.SheetRobot.saved(app);
    }

    /** The document's row of its project's form (our own export also carries the form's unit-level fields, a form of their own). */
    private static TreeItem<Object> projectForm(TreeItem<Object> document) {
        return document.getChildren().stream().filter(i -> ((ImportViewModel.FormItem) i.getValue()).found().isProject())
                .findFirst().orElseThrow();
    }

    @Test
    void twoDocumentsOneMergedThenUndone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        MenuItem menuItem = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "导入 Word/Excel 表格…".equals(i.getText())).findFirst().orElseThrow();
        assertFalse(menuItem.isDisable(), "a unit is open: import is offered");
        assertEquals("Shortcut+I", menuItem.getAccelerator().getName());

        int projectsBefore = year().projects.size();
        String goalBefore = year().project(MERGED).orElseThrow().annualGoal;
        String targetBefore = year().project(MERGED).orElseThrow().indicators.get(0).target;
        assertFalse(goalBefore.equals(NEW_GOAL));
        assertTrue(year().project(NEW_NAME).isEmpty());

        // what the file chooser (or a drop on the window) hands over
        robot.interact(() -> ImportAction.open(app.viewModel(), stage, List.of(word, excel)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#importButton").query().isDisabled());

        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#importDocuments").queryAs(TreeView.class);
        List<TreeItem<Object>> docs = tree.getRoot().getChildren();
        assertEquals(2, docs.size(), "one row per document");
        for (TreeItem<Object> d : docs) {
            ImportViewModel.DocumentItem doc = (ImportViewModel.DocumentItem) d.getValue();
            assertFalse(doc.refused());
            assertEquals(1, doc.forms().stream().filter(f -> f.found().isProject()).count(),
                    "one project's 申报表 in each: " + doc.forms().stream().map(f -> f.found().toString()).toList());
        }
        assertEquals(projectsBefore, saved().year(YEAR).orElseThrow().projects.size(), "nothing is written by the preview");

        // the Word document: offered 合并到 机要工作经费, which the plan starts from; old → new shown per field
        robot.interact(() -> tree.getSelectionModel().select(projectForm(docs.get(0))));
        @SuppressWarnings("unchecked")
        ComboBox<ImportViewModel.Target> target = robot.lookup("#importTarget").queryAs(ComboBox.class);
        assertEquals(3, target.getItems().size(), "新建项目, 合并到 the project of that name, 不导入");
        assertEquals("新建项目", target.getItems().get(0).label());
        assertEquals("合并到“" + MERGED + "”", target.getItems().get(1).label());
        assertEquals("不导入", target.getItems().get(2).label());
        // a 申报表's tree shows no self-evaluation columns: nobody filled them
        List<String> columns = robot.from(robot.lookup("#importDialog").<javafx.scene.Node>query()).lookup("#indicatorTree").queryAs(javafx.scene.control.TreeTableView.class).getColumns().stream()
                .map(c -> ((javafx.scene.control.TreeTableColumn<?, ?>) c).getText()).toList();
        assertTrue(columns.contains("指标值") && !columns.contains("实际完成值") && !columns.contains("得分"), columns::toString);
        robot.interact(() -> target.setValue(target.getItems().get(0)));
        assertTrue(robot.lookup("#importChanges").queryAs(TableView.class).isVisible() == false, "a new project changes no field");
        robot.interact(() -> target.setValue(target.getItems().get(1)));
        @SuppressWarnings("unchecked")
        TableView<ImportViewModel.Change> changes = robot.lookup("#importChanges").queryAs(TableView.class);
        assertTrue(changes.isVisible());
        assertTrue(changes.getItems().stream().anyMatch(c -> c.before().equals(goalBefore) && c.after().equals(NEW_GOAL)),
                "年度目标 old → new: " + changes.getItems());
        assertTrue(changes.getItems().stream().anyMatch(c -> c.before().equals(targetBefore) && c.after().equals(changedTarget)),
                "指标值 of " + changedIndicator + " old → new: " + changes.getItems());

        // the Excel document: a project the unit does not have, so only 新建项目
        robot.interact(() -> tree.getSelectionModel().select(projectForm(docs.get(1))));
        @SuppressWarnings("unchecked")
        ComboBox<ImportViewModel.Target> second = robot.lookup("#importTarget").queryAs(ComboBox.class);
        assertEquals(List.of("新建项目", "不导入"), second.getItems().stream().map(ImportViewModel.Target::label).toList());
        assertEquals("新建项目", second.getValue().label());
        assertEquals(NEW_NAME, robot.lookup("#importProjectName").queryLabeled().getText());

        // Enter imports
        robot.clickOn("#importDocuments").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#importDialog").tryQuery().isEmpty(),
                () -> "the dialog closed on import; it says: " + robot.lookup("#importStatus").queryLabeled().getText());

        Unit after = saved();
        FiscalYear y = after.year(YEAR).orElseThrow();
        assertEquals(projectsBefore + 1, y.projects.size(), "one new project; the other merged");
        assertEquals(NEW_GOAL, y.project(MERGED).orElseThrow().annualGoal);
        assertEquals(changedTarget, y.project(MERGED).orElseThrow().indicators.get(0).target);
        Project added = y.project(NEW_NAME).orElseThrow();
        Project source = Samples.load(Samples.DEFAULT).year(YEAR).orElseThrow().project(newProjectSource).orElseThrow();
        assertEquals(source.indicators.size(), added.indicators.size());
        assertEquals(source.indicators.get(0).target, added.indicators.get(0).target);
        assertEquals(source.budget().text(), added.budget().text(), "资金总额 as stated");
        String addedId = year().project(NEW_NAME).orElseThrow().id;
        assertTrue(WaitForAsyncUtils.asyncFx(() -> app.view().selectNode(UnitNode.Kind.PROJECT, YEAR, addedId)).get(),
                "the main window's tree shows the new project at once");
        assertEquals("导入表格", app.viewModel().undoDescription().orElseThrow());

        // one Ctrl+Z takes back both documents
        robot.clickOn("#unitTree").press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Unit undone = saved();
        FiscalYear u = undone.year(YEAR).orElseThrow();
        assertEquals(projectsBefore, u.projects.size());
        assertTrue(u.project(NEW_NAME).isEmpty());
        assertEquals(goalBefore, u.project(MERGED).orElseThrow().annualGoal);
        assertEquals(targetBefore, u.project(MERGED).orElseThrow().indicators.get(0).target);
        assertEquals(projectsBefore, year().projects.size(), "the window's unit too");
        assertFalse(WaitForAsyncUtils.asyncFx(() -> app.view().selectNode(UnitNode.Kind.PROJECT, YEAR, addedId)).get(),
                "and its tree");
    }

    /** 不导入 on one form of two: the other is imported, the one left out is not, and the tree says so. */
    @Test
    void oneFormOfTwoLeftOut(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int projectsBefore = year().projects.size();
        robot.interact(() -> ImportAction.open(app.viewModel(), stage, List.of(word, excel)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#importButton").query().isDisabled());
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#importDocuments").queryAs(TreeView.class);
        TreeItem<Object> newProject = projectForm(tree.getRoot().getChildren().get(1));
        robot.interact(() -> tree.getSelectionModel().select(newProject));
        @SuppressWarnings("unchecked")
        ComboBox<ImportViewModel.Target> target = robot.lookup("#importTarget").queryAs(ComboBox.class);
        robot.clickOn(target);
        robot.clickOn("不导入");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("不导入", target.getValue().label());
        assertEquals("不导入：这份表格不会写入本单位。", robot.lookup("#importTargetNote").queryLabeled().getText());
        assertFalse(robot.lookup("#importChanges").queryAs(TableView.class).isVisible(), "a form left out changes nothing");
        assertTrue(robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .anyMatch(c -> c.getText() != null && c.getText().contains(NEW_NAME) && c.getText().contains("（不导入）")),
                "the tree marks the form left out");

        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#importDialog").tryQuery().isEmpty(),
                () -> "the dialog closed on import; it says: " + robot.lookup("#importStatus").queryLabeled().getText());
        FiscalYear y = saved().year(YEAR).orElseThrow();
        assertEquals(projectsBefore, y.projects.size(), "the form left out made no project");
        assertTrue(y.project(NEW_NAME).isEmpty());
        assertEquals(NEW_GOAL, y.project(MERGED).orElseThrow().annualGoal, "the other form was merged");
    }

    /** The year typed moves the form: the projects offered to merge into are that year's; no year, no import; Esc closes. */
    @Test
    void aYearTypedOffersThatYearsProjectsAndNoYearStopsTheImport(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int projectsBefore = year().projects.size();
        robot.interact(() -> ImportAction.open(app.viewModel(), stage, List.of(word)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#importButton").query().isDisabled());
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#importDocuments").queryAs(TreeView.class);
        robot.interact(() -> tree.getSelectionModel().select(projectForm(tree.getRoot().getChildren().get(0))));
        @SuppressWarnings("unchecked")
        ComboBox<ImportViewModel.Target> target = robot.lookup("#importTarget").queryAs(ComboBox.class);
        assertEquals("合并到“" + MERGED + "”", target.getValue().label(), "the plan merges a form into the project of its name");

        javafx.scene.control.TextField year = robot.lookup("#importYear").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> year.setText("2035"));
        assertEquals(List.of("新建项目", "不导入"), target.getItems().stream().map(ImportViewModel.Target::label).toList(),
                "the unit has no 2035: nothing to merge into");
        assertTrue(tree.getSelectionModel().getSelectedItem().getValue() instanceof ImportViewModel.FormItem f
                && f.yearProperty().get().equals("2035"));

        robot.interact(() -> year.setText(""));
        robot.clickOn("#importButton");
        assertTrue(robot.lookup("#importStatus").queryLabeled().getText().contains("没有年度"),
                robot.lookup("#importStatus").queryLabeled().getText());
        assertTrue(robot.lookup("#importDialog").tryQuery().isPresent(), "nothing imported, the dialog stays");

        robot.clickOn("#importDocuments").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#importDialog").tryQuery().isEmpty(), "Esc closes the dialog");
        assertEquals(projectsBefore, saved().year(YEAR).orElseThrow().projects.size(), "nothing written");
        assertTrue(app.viewModel().undoDescription().isEmpty(), "no edit made");
    }

    /** A drop takes the Word and Excel files (and WPS's, refused with advice), not a unit file or a folder. */
    @Test
    void aDropTakesTheFormsOnly(FxRobot robot) throws IOException {
        Path unitFile = app.viewModel().workspaceProperty().get().path();
        Path wps = Files.writeString(documents.resolve("旧表.wps"), "x");
        assertEquals(List.of(word, excel, wps), ImportAction.importable(List.of(word.toFile(), unitFile.toFile(),
                excel.toFile(), documents.toFile(), wps.toFile())));
    }
}
