package cn.jixiao.app;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The installer's training run does what a clerk's session begins with, on the sample unit of a
 * first start: the latest year's first project selected with its editor shown, and that project's
 * form exported as one Word file.
 */
class AotTrainingTest extends WindowTest {
    @Test
    void selectsTheLatestYearsFirstProjectAndExportsItsFormAsWord(FxRobot robot, @TempDir Path out) throws Exception {
        CompletableFuture<List<Path>> written = new CompletableFuture<>();
        robot.interact(() -> AotTraining.begin(app.view(), app.viewModel(), out, written::complete, written::completeExceptionally));
        List<Path> files = written.get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        // hengyang-office's latest year is 2022; its first project is 大院保安转辅警经费
        assertEquals("大院保安转辅警经费", robot.lookup("#detailsHeading").queryAs(Label.class).getText());
        assertNotNull(app.view().shownEditor(), "the project's editor is shown");
        assertEquals(1, files.size(), files.toString());
        Path docx = files.get(0);
        assertTrue(docx.getFileName().toString().endsWith(".docx"), docx.toString());
        assertTrue(docx.startsWith(out) && Files.size(docx) > 0, docx.toString());
    }
}
