package cn.jixiao.app.export;

import cn.jixiao.app.WindowTest;
import cn.jixiao.workspace.RecentFiles;
import cn.jixiao.workspace.Workspace;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl+E on a unit without any year (an old 文件 → 新建): no "0年度", but what to do. */
class ExportWithoutYearTest extends WindowTest {
    @Override
    protected void beforeTheWindow() throws IOException {
        Path bare = home.resolve("无年度单位.jixiao");
        Files.deleteIfExists(bare);
        Workspace.createEmpty(bare, "湘阴县人民政府办公室").close();
        new RecentFiles(home).remember(bare);
    }

    @Test
    void ctrlESaysToAddAYearFirst(FxRobot robot) {
        // the clerk file of the test base would be remembered after ours: open ours again
        robot.interact(() -> app.viewModel().open(home.resolve("无年度单位.jixiao")));
        robot.interact(() -> robot.lookup("#unitTree").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#exportYear").tryQuery().isPresent(), "no export dialog on a year that does not exist");
        DialogPane told = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> "还没有可以导出的年度".equals(p.getHeaderText())).findFirst().orElseThrow();
        assertTrue(told.getContentText().contains("添加年度"), told.getContentText());
        assertFalse(robot.lookup("0年度").tryQuery().isPresent());
    }
}
