package cn.jixiao.app.project;

import cn.jixiao.app.WindowTest;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 开始下一年度 from the 项目 menu asks first and says what it will do; cancelled, nothing changes;
 * confirmed, the drafts continue last year's projects. A Ctrl+D copy of a draft is not labelled
 * as copied from last year.
 */
class NextYearTest extends WindowTest {
    private MenuItem nextYearItem(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu projects = bar.getMenus().stream().filter(m -> "projectMenu".equals(m.getId())).findFirst().orElseThrow();
        robot.interact(() -> projects.getOnShowing().handle(null));
        // found by what it says: other packages append their own entries (开始监控…, 年度总览) after it
        return projects.getItems().stream().filter(i -> i.getText() != null && i.getText().startsWith("开始") && i.getText().contains("年度（"))
                .findFirst().orElseThrow();
    }

    /** A label with the text that the clerk can see: it and every parent visible, in the window. */
    private static boolean shown(FxRobot robot, String text) {
        return robot.lookup(text).queryAll().stream().anyMatch(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return n.getScene() != null;
        });
    }

    private DialogPane confirmation(FxRobot robot) {
        return robot.lookup("#nextYearConfirm").queryAs(DialogPane.class);
    }

    @Test
    void startingTheNextYearAsksFirstAndThenCarriesTheProjectsForward(FxRobot robot) {
        FiscalYear y2022 = app.viewModel().unit().year(2022).orElseThrow();
        int projects = y2022.projects.size();
        robot.interact(() -> app.view().selectNode(UnitNode.Kind.YEAR, 2022, null));
        MenuItem next = nextYearItem(robot);
        assertEquals("开始2023年度（复制2022年全部项目）", next.getText());

        javafx.application.Platform.runLater(next::fire);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane asked = confirmation(robot);
        assertTrue(asked.getContentText().contains("将把2022年度的 " + projects + " 个项目复制到2023年度"), asked.getContentText());
        assertTrue(asked.getContentText().contains("项目属性改为“延续”，起止时间顺延到2023年"), asked.getContentText());
        Button cancel = (Button) asked.lookupButton(asked.getButtonTypes().get(1));
        assertEquals("取消", cancel.getText());
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.viewModel().unit().year(2023).isPresent(), "cancelled: no new year");

        javafx.application.Platform.runLater(next::fire);
        WaitForAsyncUtils.waitForFxEvents();
        asked = confirmation(robot);
        Button go = (Button) asked.lookupButton(asked.getButtonTypes().get(0));
        assertEquals("开始2023年度", go.getText());
        robot.clickOn(go);
        WaitForAsyncUtils.waitForFxEvents();
        FiscalYear y2023 = app.viewModel().unit().year(2023).orElseThrow();
        assertEquals(projects, y2023.projects.size());
        Project draft = y2023.projects.get(0);
        assertTrue(draft.draft);
        assertEquals("延续", draft.attribute);

        // the draft says where it comes from; its Ctrl+D copy does not
        robot.interact(() -> app.view().select(y2023, draft));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "此项目由上一年度复制而来，请核对后确认。"));
        robot.clickOn("#unitTree");
        robot.interact(() -> app.view().select(y2023, draft));
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Project copy = y2023.projects.get(1);
        assertEquals(draft.name + "（副本）", copy.name);
        assertFalse(copy.draft);
        assertFalse(shown(robot, "此项目由上一年度复制而来，请核对后确认。"),
                "the copy is not labelled as copied from last year");
    }
}
