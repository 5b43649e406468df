package cn.jixiao.app.project;

import cn.jixiao.app.WindowTest;
import cn.jixiao.app.indicator.IndicatorEditor.Row;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.ExpenseLine;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.indicators.IndicatorLibrary;
import cn.jixiao.store.UnitFile;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 指标库 suggestions and the 支出明细 table of the project editor, on 衡阳 2022 机要工作经费. */
class ProjectEditorExtrasTest extends WindowTest {
    private static final String PROJECT = "机要工作经费";
    @Override
    protected void beforeTheWindow() throws IOException {
        // each test starts from the shipped sample
        Files.deleteIfExists(home.resolve("hengyang-office.jixiao"));
    }

    @SuppressWarnings("unchecked")
    private Project open(FxRobot robot) {
        TreeView<UnitNode> tree = robot.lookup("#unitTree").queryAs(TreeView.class);
        TreeItem<UnitNode> item = find(tree.getRoot());
        robot.interact(() -> tree.getSelectionModel().select(item));
        WaitForAsyncUtils.waitForFxEvents();
        Node n = robot.lookup("#projectEditor").query();
        return ((ProjectEditorModel) n.getProperties().get(ProjectEditorModel.class)).project();
    }

    private static TreeItem<UnitNode> find(TreeItem<UnitNode> item) {
        UnitNode n = item.getValue();
        if (n.kind() == UnitNode.Kind.PROJECT && n.year().year == 2022 && n.project().name.equals(PROJECT)) {
            return item;
        }
        for (TreeItem<UnitNode> c : item.getChildren()) {
            TreeItem<UnitNode> f = find(c);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Scrolls the editor so the node's top is in view. */
    private void show(FxRobot robot, String id) {
        ScrollPane sp = robot.lookup("#details").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node t = robot.lookup(id).query();
            double y = t.localToScene(0, 0).getY() - sp.getContent().localToScene(0, 0).getY();
            double range = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(Math.min(1, Math.max(0, (y - 10) / range)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void keys(FxRobot robot, KeyCode... combo) {
        robot.press(combo);
        List<KeyCode> reversed = new java.util.ArrayList<>(List.of(combo));
        java.util.Collections.reverse(reversed);
        robot.release(reversed.toArray(KeyCode[]::new));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The project as the window's open file holds it (read back from the file, not the objects on screen). */
    private Project saved(FxRobot robot, Project p) {
        Node n = robot.lookup("#projectEditor").query();
        UnitFile f = ((ProjectEditorModel) n.getProperties().get(ProjectEditorModel.class)).main().workspaceProperty().get().file();
        return f.load().year(2022).orElseThrow().projects.stream().filter(x -> x.id.equals(p.id)).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLibrarySuggestionFillsTheNewRowAsOneUndoableEdit(FxRobot robot) {
        Project p = open(robot);
        int before = p.indicators.size();
        TreeTableView<Row> table = robot.lookup("#indicatorTree").queryAs(TreeTableView.class);
        show(robot, "#indicatorEditor");
        robot.interact(() -> {
            table.requestFocus();
            for (int i = 0; i < table.getExpandedItemCount(); i++) {
                Row r = table.getTreeItem(i).getValue();
                if (r.kind() == Row.Kind.SUBCATEGORY && r.subcategory().equals("数量指标")) {
                    table.getSelectionModel().clearAndSelect(i);
                }
            }
        });
        robot.type(KeyCode.INSERT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("公车");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<IndicatorLibrary.Entry> list = robot.lookup("#librarySuggestions").queryAs(ListView.class);
        assertTrue(list.isVisible() && !list.getItems().isEmpty(), "the library offers names");
        IndicatorLibrary.Entry first = list.getItems().get(0);
        assertEquals("公车管理", first.name(), "a 数量指标 starting with the typed text comes first");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before + 1, p.indicators.size());
        Indicator row = p.indicators.stream().filter(i -> i.name.equals("公车管理")).findFirst().orElseThrow();
        assertEquals(List.of("数量指标", "501", "台", "="), List.of(row.subcategory, row.target, row.unitOfMeasure, row.comparator));
        Indicator stored = saved(robot, p).indicators.stream().filter(i -> i.id.equals(row.id)).findFirst().orElseThrow();
        assertEquals("台", stored.unitOfMeasure, "saved");

        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(List.of("", "", "", ""), List.of(row.name, row.target, row.unitOfMeasure, row.comparator), "one step undoes the fill");
        assertEquals(before + 1, p.indicators.size(), "the inserted row is the step before");
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, p.indicators.size());
    }

    private TableCell<?, ?> cell(FxRobot robot, int row, String column) {
        return robot.lookup("#expenseLines .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == row && c.getTableColumn() != null && column.equals(c.getTableColumn().getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + row + "/" + column));
    }

    @Test
    void anExpenseLineIsAddedEditedSavedAndUndone(FxRobot robot) {
        Project p = open(robot);
        assertTrue(p.expenseLines.isEmpty());
        show(robot, "#expenseLines");
        robot.clickOn("#expenseLinesAdd");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, p.expenseLines.size());
        robot.write("机要文件交换费").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ExpenseLine line = p.expenseLines.get(0);
        assertEquals("机要文件交换费", line.item);

        robot.doubleClickOn(cell(robot, 0, "thisYear"));
        robot.write("31..5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(line.thisYear.isEmpty(), "an invalid amount is not saved");
        String error = robot.lookup("#expenseLinesError").queryAs(Label.class).getText();
        assertTrue(error.startsWith("支出明细第1行“本年度”") && error.contains("31..5"), error);

        robot.doubleClickOn(cell(robot, 0, "thisYear"));
        robot.write("5.5万").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("5.5", line.thisYear.text());
        assertEquals("", robot.lookup("#expenseLinesError").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#expenseLinesSummary").queryAs(Label.class).getText().contains("本年度 5.5 万元"));
        assertEquals("5.5", cell(robot, 0, "thisYear").getText());
        ExpenseLine stored = saved(robot, p).expenseLines.get(0);
        assertEquals(List.of("机要文件交换费", "5.5"), List.of(stored.item, stored.thisYear.text()), "saved in the file");

        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertTrue(line.thisYear.isEmpty());
        assertEquals("", cell(robot, 0, "thisYear").getText(), "the table shows the undo");
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertTrue(p.expenseLines.isEmpty());
        assertTrue(saved(robot, p).expenseLines.isEmpty(), "undone in the file");
        keys(robot, KeyCode.CONTROL, KeyCode.Y);
        assertEquals(1, p.expenseLines.size(), "redo brings the line back");
    }
}
