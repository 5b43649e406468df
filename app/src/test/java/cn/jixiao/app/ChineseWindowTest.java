package cn.jixiao.app;

import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The texts JavaFX writes itself are Chinese whatever the machine's language (the trial's English OK/Cancel, "No content in table"). */
class ChineseWindowTest extends WindowTest {
    @Test
    void dialogButtonsAndEmptyTablesAreChinese(FxRobot robot) {
        assertEquals(List.of("确定", "取消", "是", "否", "关闭"), List.of(ButtonType.OK.getText(), ButtonType.CANCEL.getText(),
                ButtonType.YES.getText(), ButtonType.NO.getText(), ButtonType.CLOSE.getText()));
        List<String> texts = new ArrayList<>();
        robot.interact(() -> {
            TableView<String> table = new TableView<>();
            table.getColumns().add(new javafx.scene.control.TableColumn<>("项目"));
            VBox box = new VBox(table);
            new Scene(box, 300, 300);
            box.applyCss();
            box.layout();
            texts.add(((Label) table.lookup(".placeholder .label")).getText());
        });
        assertEquals("表中无内容", texts.get(0));
    }
}
