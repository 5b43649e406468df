package cn.jixiao.app.main;

import cn.jixiao.app.WindowTest;
import javafx.event.Event;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 查找 (Ctrl+F) on the sample: Enter on a result in the list goes to it. */
class FindDialogTest extends WindowTest {
    @Override
    protected void beforeTheWindow() throws IOException {
        Files.deleteIfExists(home.resolve("hengyang-office.jixiao"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void enterOnAResultGoesToIt(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField query = robot.lookup("#findQuery").queryAs(TextField.class);
        // a headless dialog window gets no keyboard focus (Monocle): the query is set and the key sent to the list
        robot.interact(() -> query.setText("机要工作经费"));
        ListView<FindDialog.Hit> hits = robot.lookup("#findHits").queryAs(ListView.class);
        assertTrue(hits.getItems().size() >= 2, "both years' 机要工作经费");
        FindDialog.Hit second = hits.getItems().get(1);
        robot.interact(() -> {
            hits.requestFocus();
            hits.getSelectionModel().select(1);
            Event.fireEvent(hits, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#findHits").tryQuery().isEmpty(), "the dialog closed");
        TreeView<UnitNode> tree = robot.lookup("#unitTree").queryAs(TreeView.class);
        UnitNode selected = tree.getSelectionModel().getSelectedItem().getValue();
        assertEquals(second.project(), selected.project(), "the chosen result is open");
    }
}
