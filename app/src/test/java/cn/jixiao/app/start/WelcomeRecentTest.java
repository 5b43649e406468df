package cn.jixiao.app.start;

import cn.jixiao.app.IsolatedHome;
import cn.jixiao.app.JixiaoApp;
import cn.jixiao.workspace.RecentFiles;
import javafx.scene.control.Hyperlink;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The last unit file is gone (a USB stick not plugged in): the welcome page says so and offers the others. */
@ExtendWith(ApplicationExtension.class)
class WelcomeRecentTest {
    private static Path home;
    private static Path other;
    private JixiaoApp app;

    @BeforeAll
    static void lastFileGone() throws IOException {
        home = IsolatedHome.enterEmpty("jixiao-recent");
        other = IsolatedHome.clerkFile(home);
        new RecentFiles(home).remember(home.resolve("U盘").resolve("衡阳市人民政府办公室.jixiao"));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        IsolatedHome.leave(home);
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

    @Test
    void theWelcomePageSaysWhyAndOffersTheOtherFiles(FxRobot robot) {
        assertTrue(robot.lookup("#welcomePage").tryQuery().isPresent());
        assertTrue(app.viewModel().statusProperty().get().contains("U盘"), app.viewModel().statusProperty().get());
        Hyperlink link = robot.lookup("#welcomeRecent .hyperlink").queryAs(Hyperlink.class);
        assertEquals(other.toAbsolutePath().normalize().toString(), link.getText(), "only files that exist are offered");
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("衡阳市人民政府办公室", app.viewModel().unit().name);
    }
}
