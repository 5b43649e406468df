package cn.jixiao.app.unit;

import cn.jixiao.files.Backup;
import cn.jixiao.app.WindowTest;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.store.Backups;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The unit editor and the year commands, on the clerk's file (the sample of seed 000/001). */
class UnitEditorTest extends WindowTest {
    @Override
    protected void beforeTheWindow() throws java.io.IOException {
        // each test starts from the shipped sample
        java.nio.file.Files.deleteIfExists(home.resolve(cn.jixiao.app.IsolatedHome.CLERK_FILE));
    }

    private void selectUnit(FxRobot robot) {
        robot.interact(() -> app.view().selectNode(UnitNode.Kind.UNIT, 0, null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void key(FxRobot robot, KeyCode... combo) {
        robot.press(combo);
        for (int i = combo.length - 1; i >= 0; i--) {
            robot.release(combo[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFieldIsCheckedSavedAndUndone(FxRobot robot) {
        Unit unit = app.viewModel().unit();
        selectUnit(robot);
        TextField phone = robot.lookup("#unit-phone").queryAs(TextField.class);
        assertEquals("8861058", phone.getText(), "seed 000's 联系电话");
        robot.interact(phone::requestFocus);
        key(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("88abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#unitError-phone").queryAs(Label.class);
        assertTrue(error.isVisible() && error.getText().startsWith("联系电话"), error.getText());
        assertEquals("8861058", unit.phone, "not saved while wrong");
        key(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("0734-8861058").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0734-8861058", unit.phone);
        assertFalse(error.isVisible());
        assertEquals("撤销 修改联系电话", app.viewModel().undoDescription().map(d -> "撤销 " + d).orElse(""));
        // 编辑 → 撤销 (Ctrl+Z inside a text box undoes the typing in the box, as everywhere)
        robot.interact(() -> robot.lookup("#unit-head").query().requestFocus());
        robot.interact(() -> app.viewModel().undo());
        assertEquals("8861058", unit.phone);
        assertEquals("8861058", phone.getText(), "the box shows the undone value");
    }

    @Test
    void tabLeaves职能职责ForTheNextBoxInsteadOfTypingATab(FxRobot robot) {
        selectUnit(robot);
        javafx.scene.control.TextArea duties = robot.lookup("#unit-functionsSummary").queryAs(javafx.scene.control.TextArea.class);
        String before = duties.getText();
        robot.interact(duties::requestFocus);
        key(robot, KeyCode.TAB);
        assertFalse(duties.getText().contains("\t"), "no tab character typed into 职能职责");
        assertEquals(before, duties.getText());
        assertEquals("unit-preparer", duties.getScene().getFocusOwner().getId(), "Tab goes on to 填报人");
        key(robot, KeyCode.SHIFT, KeyCode.TAB);
        assertEquals("unit-functionsSummary", duties.getScene().getFocusOwner().getId(), "Shift+Tab comes back");
    }

    @Test
    void aYearOffersItsCommandsAndYearsAreAddedAndDeleted(FxRobot robot) {
        Unit unit = app.viewModel().unit();
        FiscalYear y2022 = unit.year(2022).orElseThrow();
        YearActions actions = new YearActions(app.viewModel(), app.view());
        List<String> offered = actions.items(new UnitNode(UnitNode.Kind.YEAR, y2022, null)).stream()
                .map(MenuItem::getText).filter(t -> t != null).toList();
        assertEquals(List.of("开始2022年度自评", "部门整体", "基础数据表", "自评报告", "添加年度…", "删除2022年度"), offered);
        MenuItem overall = actions.items(new UnitNode(UnitNode.Kind.YEAR, y2022, null)).get(1);
        robot.interact(overall::fire);
        assertEquals(UnitNode.Kind.OVERALL, app.viewModel().selectedProperty().get().kind());

        int carried = y2022.projects.size();
        robot.interact(() -> actions.addYear(2023, true));
        FiscalYear y2023 = unit.year(2023).orElseThrow();
        assertEquals(carried, y2023.projects.size(), "started from 2022: its projects carried forward");
        assertEquals(UnitNode.Kind.PROJECTS, app.viewModel().selectedProperty().get().kind());
        assertEquals(2023, app.viewModel().selectedProperty().get().year().year);

        MenuItem start = actions.items(new UnitNode(UnitNode.Kind.YEAR, y2023, null)).get(0);
        robot.interact(start::fire);
        assertEquals(UnitNode.Kind.PROJECT_SELF_EVALUATION, app.viewModel().selectedProperty().get().kind(),
                "开始自评 opens the first project's self-evaluation");
        assertEquals("开始2023年度自评", app.viewModel().undoDescription().orElse(""), "one step for the whole year");
        assertTrue(y2023.projects.stream().allMatch(p -> p.selfEvaluation.started), "every project's self-evaluation started");
        assertTrue(actions.items(new UnitNode(UnitNode.Kind.YEAR, y2023, null)).get(0).isDisable(), "nothing left to start");
        robot.interact(() -> app.viewModel().undo());

        robot.interact(() -> actions.addYear(2024, false));
        FiscalYear y2024 = unit.year(2024).orElseThrow();
        assertTrue(y2024.projects.isEmpty());
        MenuItem delete = actions.items(new UnitNode(UnitNode.Kind.YEAR, y2024, null)).stream()
                .filter(m -> "yearActionDelete".equals(m.getId())).findFirst().orElseThrow();
        robot.interact(delete::fire);
        assertTrue(unit.year(2024).isEmpty(), "an empty year is deleted");
        @SuppressWarnings("unchecked")
        var tree = (javafx.scene.control.TreeView<UnitNode>) robot.lookup("#unitTree").queryAs(javafx.scene.control.TreeView.class);
        assertEquals(List.of(2023, 2022, 2021), tree.getRoot().getChildren().stream().map(i -> i.getValue().year().year).toList(),
                "the tree follows");
        robot.interact(() -> app.viewModel().undo());
        robot.interact(() -> app.viewModel().undo());
        robot.interact(() -> app.viewModel().undo());
        assertEquals(List.of(2021, 2022), unit.years.stream().map(y -> y.year).toList(), "each step undone");
    }

    @Test
    void aBackupIsMadeOnRequestAndBeforeARestore(FxRobot robot) throws Exception {
        var file = app.viewModel().workspaceProperty().get().path();
        List<Backup> opened = new Backups(file).list();
        assertEquals(1, opened.size(), "the day's backup on open");
        Thread.sleep(1100);
        robot.interact(() -> app.viewModel().backUpNow());
        List<Backup> now = new Backups(file).list();
        assertEquals(2, now.size(), "立即备份");
        assertTrue(app.viewModel().statusProperty().get().startsWith("已备份："));
        Thread.sleep(1100);
        robot.interact(() -> app.viewModel().restore(file, opened.get(0)));
        List<Backup> restored = new Backups(file).list();
        assertEquals(3, restored.size());
        assertTrue(restored.get(0).madeAt().isAfter(now.get(0).madeAt()), "the file as it was is backed up before the restore");
        assertEquals("衡阳市人民政府办公室", app.viewModel().unit().name);
    }

    @Test
    void aBrokenBackupIsRefusedAndTheFileStaysOpen(FxRobot robot) throws Exception {
        var file = app.viewModel().workspaceProperty().get().path();
        java.nio.file.Path broken = file.resolveSibling("backups").resolve("单位.2020-01-01_000000.jixiao");
        java.nio.file.Files.createDirectories(broken.getParent());
        java.nio.file.Files.write(broken, "SQLite format 3\0 这不是完整的数据库".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var chosen = new Backup(broken, java.time.LocalDateTime.of(2020, 1, 1, 0, 0));
        var open = app.viewModel().workspaceProperty().get();
        var refused = new java.util.concurrent.atomic.AtomicReference<RuntimeException>();
        robot.interact(() -> {
            try {
                app.viewModel().restore(file, chosen);
            } catch (RuntimeException e) {
                refused.set(e);
            }
        });
        assertTrue(refused.get() != null && refused.get().getMessage().contains("这个备份无法使用"), "the broken backup is refused by name");
        cn.jixiao.PlainChinese.assertPlain(refused.get().getMessage());
        assertTrue(open == app.viewModel().workspaceProperty().get(), "the window keeps the file it had open");
        assertEquals("衡阳市人民政府办公室", app.viewModel().unit().name);
        robot.interact(() -> app.viewModel().backUpNow()); // still open: its connection works
    }

    @Test
    void deletingAProjectBacksTheFileUpFirst(FxRobot robot) throws Exception {
        var file = app.viewModel().workspaceProperty().get().path();
        FiscalYear y2022 = app.viewModel().unit().year(2022).orElseThrow();
        var project = y2022.projects.get(0);
        int before = new Backups(file).list().size();
        Thread.sleep(1100);
        robot.interact(() -> app.view().selectNode(UnitNode.Kind.PROJECT, 2022, project.id));
        robot.interact(() -> robot.lookup("#unitTree").query().requestFocus());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane confirm = robot.lookup(".dialog-pane").queryAllAs(javafx.scene.control.DialogPane.class).stream()
                .filter(p -> p.getButtonTypes().contains(javafx.scene.control.ButtonType.OK)).findFirst().orElseThrow();
        robot.clickOn(confirm.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(y2022.projects.contains(project), "deleted");
        assertEquals(before + 1, new Backups(file).list().size(), "a backup was made before");
    }

    @Test
    void saveAsGoesOnInTheCopyAndRemembersIt(FxRobot robot) {
        var copy = home.resolve("另存").resolve("衡阳市人民政府办公室-副本.jixiao");
        robot.interact(() -> app.viewModel().saveAs(copy));
        assertEquals(copy.toAbsolutePath(), app.viewModel().workspaceProperty().get().path().toAbsolutePath());
        assertTrue(app.view().stage().getTitle().contains("衡阳市人民政府办公室-副本.jixiao"), app.view().stage().getTitle());
        assertEquals(copy.toAbsolutePath().normalize(), app.viewModel().lastFile());
        assertEquals(List.of(2021, 2022), app.viewModel().unit().years.stream().map(y -> y.year).toList());
        // the next start of this test class opens the clerk's file again
        cn.jixiao.app.IsolatedHome.clerkFile(home);
    }
}
