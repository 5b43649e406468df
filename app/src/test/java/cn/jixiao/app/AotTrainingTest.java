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
 * form exported as one Word and one Excel file.
 */
class AotTrainingTest extends WindowTest {
    @Test
    void selectsTheLatestYearsFirstProjectAndExportsItsFormAsWordAndExcel(FxRobot robot, @TempDir Path out) throws Exception {
        CompletableFuture<List<Path>> written = new CompletableFuture<>();
        robot.interact(() -> AotTraining.begin(app.view(), app.viewModel(), out, written::complete, written::completeExceptionally));
        List<Path> files = written.get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        // hengyang-office's latest year is 2022; its first project is 大院保安转辅警经费
        assertEquals("大院保安转辅警经费", robot.lookup("#detailsHeading").queryAs(Label.class).getText());
        assertNotNull(app.view().shownEditor(), "the project's editor is shown");
        assertEquals(2, files.size(), files.toString());
        assertTrue(files.get(0).getFileName().toString().endsWith(".docx"), files.toString());
        assertTrue(files.get(1).getFileName().toString().endsWith(".xlsx"), files.toString());
        for (Path file : files) {
            assertTrue(file.startsWith(out) && Files.size(file) > 0, file.toString());
        }
    }
}
