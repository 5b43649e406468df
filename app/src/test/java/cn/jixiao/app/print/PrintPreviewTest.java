package cn.jixiao.app.print;

import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 打印预览 of the sample unit's 2021 申报表: the pages shown, page n of N, zoom, one project alone. */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        // a window without a scene breaks every lookup over the open windows
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 320, 200));
        stage.show();
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private static void waitFor(FxRobot robot, String id, String text) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text.equals(label(robot, id).getText()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theYearsDeclarationsShowPageByPageAndZoom(FxRobot robot) throws Exception {
        Unit unit = Samples.load("hengyang-office");
        int projects = unit.year(2021).orElseThrow().projects.size();
        PrintPreviewViewModel vm = new PrintPreviewViewModel(unit, 2021, "机要工作经费");
        robot.interact(() -> new PrintPreviewDialog(vm, owner).show());

        // opened on a project: that project's form alone
        waitFor(robot, "#previewPageText", "第 1 页，共 1 页");
        ImageView page = robot.lookup("#previewImage").queryAs(ImageView.class);
        assertNotNull(page.getImage(), "the page is drawn");
        assertTrue(robot.lookup("#previewNext").queryAs(Button.class).isDisable());

        // every project's: a page each
        robot.clickOn("#previewProjectOnly");
        assertTrue(!robot.lookup("#previewProjectOnly").queryAs(CheckBox.class).isSelected());
        waitFor(robot, "#previewPageText", "第 1 页，共 " + projects + " 页");
        robot.clickOn("#previewNext");
        assertEquals("第 2 页，共 " + projects + " 页", label(robot, "#previewPageText").getText());
        robot.clickOn("#previewPrevious");
        assertEquals("第 1 页，共 " + projects + " 页", label(robot, "#previewPageText").getText());

        // zoom: the page drawn larger and smaller, and to fit the window
        robot.interact(() -> vm.zoomProperty().set(1));
        double width = page.getImage().getWidth();
        assertEquals(Math.round(210 / 25.4 * 96), Math.round(width), 2, "A4 portrait at 100 %, 96 dpi");
        robot.clickOn("#previewZoomIn");
        assertEquals("125%", label(robot, "#previewZoomText").getText());
        assertTrue(page.getImage().getWidth() > width * 1.2, "zoomed in");
        robot.clickOn("#previewZoomOut");
        robot.clickOn("#previewZoomOut");
        assertEquals("80%", label(robot, "#previewZoomText").getText());
        assertTrue(page.getImage().getWidth() < width * 0.85, "zoomed out");
        robot.clickOn("#previewFit");
        double fitted = vm.zoomProperty().get();
        assertTrue(fitted > 0.25 && fitted < 1, "the whole A4 page fits the 760-pixel-high window: " + fitted);
    }

    @Test
    void theFormsOfASelfEvaluationYearAreListedInTheOfficialOrder() {
        Unit unit = Samples.load("hengyang-office");
        assertEquals(java.util.List.of("self-evaluation", "overall-self-evaluation", "basic-data", "report"),
                PrintPreviewViewModel.forms(unit, 2022).stream().map(PrintPreviewViewModel.FormChoice::form).toList());
    }
}
