package cn.jixiao.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A test of the real main window as the clerk starts it: a throw-away data folder per test class
 * with the clerk's unit file in it (the shipped sample; see {@link IsolatedHome#enter}), a fresh
 * window per test, and the unit file closed after each test so that the next window can take its lock.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {
    /** The data folder of the running test class. */
    protected static Path home;
    /** The program of the running test. */
    protected JixiaoApp app;

    @BeforeAll
    static void enterIsolatedHome() throws IOException {
        home = IsolatedHome.enter("jixiao-home");
    }

    @AfterAll
    static void leaveIsolatedHome() throws IOException {
        IsolatedHome.leave(home);
    }

    /** After the extension has set up the primary stage (TestFX looks for @Start only in the test class itself). */
    @BeforeEach
    void startTheWindow() throws Exception {
        beforeTheWindow();
        IsolatedHome.clerkFile(home);
        FxToolkit.setupStage(stage -> {
            app = new JixiaoApp();
            app.start(stage);
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What a test class needs before each window starts (e.g. the shipped sample again); nothing by default. */
    protected void beforeTheWindow() throws IOException {
    }

    @AfterEach
    void closeTheFile() throws Exception {
        WaitForAsyncUtils.asyncFx(app::stop).get();
    }
}
