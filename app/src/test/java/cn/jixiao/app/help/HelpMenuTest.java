package cn.jixiao.app.help;

import cn.jixiao.app.WindowTest;
import cn.jixiao.workspace.AppLog;
import javafx.scene.control.Alert;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** 帮助: the manual ships with the program, the shortcuts come from the menus, 关于 says where things are. */
class HelpMenuTest extends WindowTest {
    @Test
    void theManualTheShortcutsAndAbout(FxRobot robot) {
        String manual = HelpMenu.manualText();
        assertTrue(manual.startsWith("绩效填报 使用说明") && manual.contains("新建本单位"), manual.substring(0, 40));

        AtomicReference<String> keys = new AtomicReference<>();
        robot.interact(() -> keys.set(HelpMenu.shortcuts(app.view())));
        assertTrue(keys.get().contains("Ctrl+E") && keys.get().contains("导出表格"), keys.get());
        assertTrue(keys.get().contains("Ctrl+Shift+N") && keys.get().contains("新建项目"), "the 项目 menu's keys too: " + keys.get());
        assertTrue(keys.get().contains("Ctrl+Z"), keys.get());

        AtomicReference<Alert> about = new AtomicReference<>();
        robot.interact(() -> about.set(HelpMenu.about(app.viewModel(), app.view())));
        String text = about.get().getContentText();
        assertTrue(text.contains(AppLog.file().toString()), text);
        assertTrue(text.contains(app.viewModel().workspaceProperty().get().path().toAbsolutePath().toString()), text);
        assertTrue(text.startsWith("版本："), text);

        robot.clickOn("帮助").clickOn("使用说明");
        assertTrue(robot.lookup("#helpManualText").tryQuery().isPresent(), "the manual opens in a window");
    }
}
