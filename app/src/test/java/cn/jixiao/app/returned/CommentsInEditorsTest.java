package cn.jixiao.app.returned;

import cn.jixiao.app.Screenshots;
import cn.jixiao.app.SheetRobot;
import cn.jixiao.app.WindowTest;
import cn.jixiao.app.focus.FieldPath;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.editing.Edits;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.fields.FieldComment;
import cn.jixiao.fields.Owner;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Window;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 意见 in the main window: a remark on a project's field shows in the 意见 list beside 审核结果
 * and as an orange mark on the field; double-clicking it lands in the field; a remark typed from
 * an email through the field's 添加意见… is one undo step; 已处理 clears the mark and is still
 * there after the file is opened again.
 */
class CommentsInEditorsTest extends WindowTest {
    @Test
    void remarksShowInTheListAndOnTheirFields(FxRobot robot) throws Exception {
        waitFor("the clerk's file is open", () -> app.viewModel().unit() != null);
        FiscalYear year = app.viewModel().unit().years.get(app.viewModel().unit().years.size() - 1);
        Project p = year.projects.get(0);
        SheetRobot sheets = new SheetRobot(robot);
        sheets.open(SheetRobot.node(UnitNode.Kind.PROJECT, year.year, p.name));
        List<TextField> fields = textFields(robot);
        TextField remarked = fields.get(0);
        TextField typedOn = fields.get(1);
        String path = FieldPath.of(remarked).orElseThrow();
        assertFalse(remarked.getStyleClass().contains(CommentMarks.STYLE), "no remark, no mark");

        FieldComment c = FieldComment.of(year.year, new FieldAddress(Owner.PROJECT, p.id, "", path), FieldComment.BUREAU,
                LocalDate.of(2024, 3, 1), "请补充测算依据", "退回.xlsx");
        robot.interact(() -> app.viewModel().perform(Edits.addComments(app.viewModel().workspaceProperty().get().comments(year.year), List.of(c))));
        openPanel(robot);
        ListView<FieldComment> list = list(robot);
        waitFor("the remark is listed", () -> list.getItems().size() == 1);
        waitFor("the remarked field is marked", () -> remarked.getStyleClass().contains(CommentMarks.STYLE));
        assertTrue(remarked.getTooltip().getText().contains("请补充测算依据"), remarked.getTooltip().getText());
        assertFalse(typedOn.getStyleClass().contains(CommentMarks.STYLE), "only the remarked field is marked");
        robot.interact(() -> Screenshots.save(remarked.getScene(), "comments-marked"));

        // from another form, double-click on the remark lands in its field
        sheets.open(SheetRobot.node(UnitNode.Kind.YEAR, year.year, null));
        for (int attempt = 0; attempt < 3 && !focusedOn(robot, path); attempt++) {
            ListCell<?> cell = robot.lookup("#commentsList .list-cell").queryAllAs(ListCell.class).stream()
                    .filter(l -> l.getItem() == list.getItems().get(0)).findFirst().orElseThrow();
            robot.doubleClickOn(cell);
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> focusedOn(robot, path));
            } catch (java.util.concurrent.TimeoutException e) {
                // two clicks too far apart on a busy machine: again
            }
        }
        assertTrue(focusedOn(robot, path), "the double-click lands in " + path);

        // a remark from an email, typed through the field's context menu
        List<TextField> now = textFields(robot);
        TextField other = now.get(1);
        // what a right-click sends; Monocle's robot does not make one from a mouse press
        robot.interact(() -> {
            Bounds b = other.localToScreen(other.getBoundsInLocal());
            Event.fireEvent(other, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                    b.getMinX() + 10, b.getMinY() + 10, false, new PickResult(other, b.getMinX() + 10, b.getMinY() + 10)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).findFirst().orElseThrow();
        MenuItem add = menu.getItems().stream().filter(m -> "添加意见…".equals(m.getText())).findFirst().orElseThrow();
        assertTrue(menu.getItems().stream().anyMatch(m -> "粘贴".equals(m.getText())), "the text box keeps its own commands");
        robot.interact(menu::hide);
        // the dialog waits for the clerk, so the command is not run inside interact
        javafx.application.Platform.runLater(add::fire);
        waitFor("the dialog asks", () -> robot.lookup("#commentText").tryQuery().isPresent());
        assertEquals(FieldComment.BUREAU, robot.lookup("#commentAuthor").queryAs(TextField.class).getText());
        robot.interact(() -> Screenshots.saveOver(other.getScene(), robot.lookup("#commentText").query().getScene(), "comment-dialog"));
        robot.clickOn("#commentText").write("金额与测算表不符");
        robot.clickOn("添加");
        waitFor("the typed remark is listed", () -> list.getItems().size() == 2);
        waitFor("and marks its field", () -> other.getStyleClass().contains(CommentMarks.STYLE));
        assertEquals(FieldPath.of(other).orElseThrow(), list.getItems().stream().filter(x -> x.text.equals("金额与测算表不符"))
                .findFirst().orElseThrow().at.path());
        robot.interact(() -> app.viewModel().undo());
        waitFor("undo takes it away", () -> list.getItems().size() == 1);
        waitFor("and its mark", () -> !other.getStyleClass().contains(CommentMarks.STYLE));

        // the list's button asks for a remark on the field the clerk was last in; 取消 adds nothing
        robot.clickOn(other);
        javafx.application.Platform.runLater(() -> robot.lookup("#addCommentButton").queryAs(javafx.scene.control.Button.class).fire());
        waitFor("the dialog asks again", () -> robot.lookup("#commentText").tryQuery().isPresent());
        String header = robot.lookup("#commentDialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText();
        assertTrue(header.contains(cn.jixiao.fields.FieldCatalogue.describe(app.viewModel().unit(), year,
                new FieldAddress(Owner.PROJECT, p.id, "", FieldPath.of(other).orElseThrow()))), header);
        robot.clickOn("取消");
        waitFor("the dialog is gone", () -> robot.lookup("#commentText").tryQuery().isEmpty());
        assertEquals(1, list.getItems().size(), "取消 adds nothing");

        // 已处理: the mark goes, and stays gone after the file is opened again
        CheckBox handled = robot.lookup("#commentsList .comment-handled").queryAs(CheckBox.class);
        robot.clickOn(handled);
        waitFor("已处理 clears the mark", () -> !textFields(robot).get(0).getStyleClass().contains(CommentMarks.STYLE));
        Path file = app.viewModel().lastFile();
        robot.interact(() -> app.viewModel().close());
        robot.interact(() -> app.viewModel().open(file));
        waitFor("the file is open again", () -> app.viewModel().unit() != null);
        assertTrue(app.viewModel().workspaceProperty().get().comments(year.year).get(0).handled, "已处理 is kept in the file");
        sheets.open(SheetRobot.node(UnitNode.Kind.PROJECT, year.year, p.name));
        waitFor("the list shows it handled", () -> list(robot).getItems().size() == 1 && list(robot).getItems().get(0).handled);
        assertFalse(textFields(robot).get(0).getStyleClass().contains(CommentMarks.STYLE), "a handled remark marks nothing");
    }

    /** The editor's text boxes marked with a field of their own (not a row of a list). */
    private static List<TextField> textFields(FxRobot robot) {
        Node root = robot.lookup("#unitTree").query().getScene().getRoot();
        return FieldPath.tagged(root).stream().filter(n -> n instanceof TextField && n.isVisible()
                && !FieldPath.of(n).orElseThrow().contains("[") && !FieldPath.of(n).orElseThrow().endsWith("."))
                .map(TextField.class::cast).toList();
    }

    private static boolean focusedOn(FxRobot robot, String path) {
        Node owner = robot.lookup("#unitTree").query().getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (FieldPath.all(n).contains(path)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static ListView<FieldComment> list(FxRobot robot) {
        return robot.lookup("#commentsList").queryAs(ListView.class);
    }

    private static void openPanel(FxRobot robot) {
        TitledPane pane = robot.lookup("#findingsPanel").queryAs(TitledPane.class);
        if (!pane.isExpanded()) {
            robot.clickOn(pane.lookup(".title"));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
