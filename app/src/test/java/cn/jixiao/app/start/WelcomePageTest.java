package cn.jixiao.app.start;

import cn.jixiao.app.IsolatedHome;
import cn.jixiao.app.JixiaoApp;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.Project;
import cn.jixiao.workspace.RecentFiles;
import cn.jixiao.workspace.UserFolders;
import javafx.scene.control.Label;
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
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The welcome page of a first start, and the sample opened from it: as the sample, never as the clerk's file. */
@ExtendWith(ApplicationExtension.class)
class WelcomePageTest {
    private static Path home;
    private JixiaoApp app;
    private Stage stage;

    @BeforeAll
    static void emptyDataFolder() throws IOException {
        home = IsolatedHome.enterEmpty("jixiao-welcome");
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
    }

    @AfterEach
    void closeTheFile() throws Exception {
        WaitForAsyncUtils.asyncFx(app::stop).get();
    }

    private Project firstProject() {
        return app.viewModel().unit().years.get(app.viewModel().unit().years.size() - 1).projects.get(0);
    }

    @Test
    void withoutAUnitTheCommandsThatNeedOneAreOff(FxRobot robot) {
        assertTrue(robot.lookup("#welcomePage").tryQuery().isPresent());
        var menus = app.view().menuBar().getMenus();
        java.util.List<String> off = menus.stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText() != null && i.isDisable()).map(javafx.scene.control.MenuItem::getText).toList();
        assertTrue(off.containsAll(java.util.List.of("另存为…", "立即备份", "打开备份所在文件夹", "查找项目或指标…", "导出表格…", "新建项目")), off.toString());
        assertFalse(off.contains("新建本单位…"), off.toString());
    }

    @Test
    void theReadOnlySampleShowsDetailsAndRefusesEdits(FxRobot robot) {
        assertTrue(robot.lookup("#welcomePage").tryQuery().isPresent());
        robot.clickOn("#welcomeSampleBrowse");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#welcomePage").tryQuery().isPresent());
        assertEquals("示例单位（只读浏览）：衡阳市人民政府办公室 — 绩效填报", stage.getTitle());
        Project p = firstProject();
        robot.interact(() -> app.view().selectNode(UnitNode.Kind.PROJECT, 2022, p.id));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#projectEditor").tryQuery().isPresent(), "no editor on the read-only sample");
        assertEquals(p.name, robot.lookup("#detailsHeading").queryAs(Label.class).getText(), "its details are shown");
        var e = assertThrows(IllegalStateException.class, () -> app.viewModel().perform(
                cn.jixiao.editing.Edits.unitField("单位代码", app.viewModel().unit(), u -> u.code, (u, v) -> u.code = v, "1")));
        assertTrue(e.getMessage().contains("只读"), e.getMessage());
        assertTrue(new RecentFiles(UserFolders.dataFolder()).list().isEmpty(), "the sample is not the clerk's file");
    }

    @Test
    void thePracticeCopyCanBeEditedAndTheNextStartStillGreets(FxRobot robot) {
        assertTrue(robot.lookup("#welcomePage").tryQuery().isPresent(), "the sample opened before was not remembered");
        robot.clickOn("#welcomeSamplePractice");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getTitle().startsWith("示例单位（练习副本）"), stage.getTitle());
        Project p = firstProject();
        robot.interact(() -> app.view().selectNode(UnitNode.Kind.PROJECT, 2022, p.id));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#projectEditor").tryQuery().isPresent(), "the practice copy has its editors");
        assertTrue(app.viewModel().workspaceProperty().get().path().startsWith(UserFolders.sampleFolder()),
                "kept in the program's folder, not among the clerk's files");
        assertTrue(new RecentFiles(UserFolders.dataFolder()).list().isEmpty());
    }
}
