package cn.jixiao.app.main;

import cn.jixiao.app.WindowTest;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Window;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A later start: the clerk's last unit file opens, its projects are listed, one is selected. */
class MainWindowTest extends WindowTest {
    @Test
    void theLastUnitFileOpensAndAProjectShowsItsIndicators(FxRobot robot) {
        TreeView<UnitNode> tree = robot.lookup("#unitTree").queryAs(TreeView.class);
        assertEquals("衡阳市人民政府办公室", tree.getRoot().getValue().kind() == UnitNode.Kind.UNIT
                ? robot.lookup(".tree-cell").queryLabeled().getText() : "");
        robot.clickOn("机要工作经费");
        WaitForAsyncUtils.waitForFxEvents();
        Label heading = robot.lookup("#detailsHeading").queryAs(Label.class);
        assertEquals("机要工作经费", heading.getText());
        TreeTableView<?> indicators = robot.lookup("#indicatorTree").queryAs(TreeTableView.class);
        TreeItem<?> root = indicators.getRoot();
        assertTrue(root.getChildren().size() >= 2, "产出 and 效益 at least");
        assertTrue(robot.lookup("所有机要保密文件").tryQuery().isPresent(), "the 2021 target of 工作范围 is shown");
    }

    @Test
    void aRightClickOnAProjectOffersTheProjectsCommands(FxRobot robot) {
        TreeView<UnitNode> tree = robot.lookup("#unitTree").queryAs(TreeView.class);
        assertTrue(shownMenu().isEmpty(), "no menu before it is asked for");
        robot.interact(() -> {
            TreeItem<UnitNode> project = tree.getRoot().getChildren().get(0).getChildren().get(0).getChildren().get(0);
            tree.getSelectionModel().select(project);
            tree.scrollTo(tree.getRow(project));
        });
        requestContextMenu(robot);
        List<String> items = shownMenu().orElseThrow(() -> new AssertionError("the menu shows on the first right-click"))
                .getItems().stream().map(MenuItem::getText).toList();
        assertTrue(items.containsAll(List.of("新建项目", "复制项目", "删除项目…")), items.toString());
        robot.interact(() -> shownMenu().orElseThrow().hide());
        requestContextMenu(robot);
        assertTrue(shownMenu().isPresent(), "and again on the second");
        robot.interact(() -> shownMenu().orElseThrow().hide());
    }

    @Test
    void aRightClickOnAYearOffersWhatAppliesToIt(FxRobot robot) {
        TreeView<UnitNode> tree = robot.lookup("#unitTree").queryAs(TreeView.class);
        // 2021: the declarations only, no self-evaluation started yet
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().get(1)));
        requestContextMenu(robot);
        List<String> items = shownMenu().orElseThrow().getItems().stream().map(MenuItem::getText)
                .filter(t -> t != null).toList();
        assertTrue(items.containsAll(List.of("新建项目", "开始2021年度自评", "部门整体", "基础数据表", "自评报告", "添加年度…", "删除2021年度")),
                items.toString());
        assertFalse(items.contains("复制项目"), "what needs a project is left out: " + items);
        robot.interact(() -> shownMenu().orElseThrow().hide());
        // an empty year: no project to copy or carry forward, and the menu shows no empty groups
        robot.interact(() -> app.viewModel().perform(cn.jixiao.projects.YearEdits.add(app.viewModel().unit(), 2023, false)));
        robot.interact(() -> app.view().selectNode(UnitNode.Kind.YEAR, 2023, null));
        requestContextMenu(robot);
        List<MenuItem> empty = shownMenu().orElseThrow().getItems();
        for (int i = 1; i < empty.size(); i++) {
            assertFalse(empty.get(i) instanceof javafx.scene.control.SeparatorMenuItem
                    && empty.get(i - 1) instanceof javafx.scene.control.SeparatorMenuItem, "no two separators in a row");
        }
        robot.interact(() -> shownMenu().orElseThrow().hide());
        robot.interact(() -> app.viewModel().undo());
        // 2022: every self-evaluation has been started, so 开始自评 is not offered
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().get(0)));
        requestContextMenu(robot);
        items = shownMenu().orElseThrow().getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList();
        assertFalse(items.contains("开始2022年度自评"), items.toString());
        robot.interact(() -> shownMenu().orElseThrow().hide());
    }

    private static Optional<ContextMenu> shownMenu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing()).map(w -> (ContextMenu) w).findFirst();
    }

    /** What a right-click or the menu key sends; Monocle's robot does not make one from a mouse press. */
    private static void requestContextMenu(FxRobot robot) {
        Node cell = robot.lookup(".tree-cell:selected").query();
        robot.interact(() -> {
            Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            Event.fireEvent(cell, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                    b.getMinX() + 10, b.getMinY() + 10, false, new PickResult(cell, b.getMinX() + 10, b.getMinY() + 10)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
