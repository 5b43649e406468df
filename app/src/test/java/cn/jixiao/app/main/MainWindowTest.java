package cn.jixiao.app.main;

import cn.jixiao.app.IsolatedHome;
import cn.jixiao.app.JixiaoApp;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A clerk's first start: the sample unit opens, its projects are listed, one is selected. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static Path home;

    @BeforeAll
    static void isolatedHome() throws IOException {
        home = IsolatedHome.enter("jixiao-home");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        IsolatedHome.leave(home);
    }

    @Start
    void start(Stage stage) throws Exception {
        new JixiaoApp().start(stage);
        stage.requestFocus();
    }

    @Test
    void theSampleUnitOpensAndAProjectShowsItsIndicators(FxRobot robot) {
        TreeView<UnitNode> tree = robot.lookup("#unitTree").queryAs(TreeView.class);
        assertEquals("衡阳市人民政府办公室", tree.getRoot().getValue().kind() == UnitNode.Kind.UNIT
                ? robot.lookup(".tree-cell").queryLabeled().getText() : "");
        assertTrue(Files.exists(home.resolve("hengyang-office.jixiao")), "the sample unit file was created on first start");
        robot.clickOn("机要工作经费");
        WaitForAsyncUtils.waitForFxEvents();
        Label heading = robot.lookup("#detailsHeading").queryAs(Label.class);
        assertEquals("机要工作经费", heading.getText());
        TreeTableView<?> indicators = robot.lookup("#indicatorTree").queryAs(TreeTableView.class);
        TreeItem<?> root = indicators.getRoot();
        assertTrue(root.getChildren().size() >= 2, "产出 and 效益 at least");
        assertTrue(robot.lookup("所有机要保密文件").tryQuery().isPresent(), "the 2021 target of 工作范围 is shown");
    }
}
