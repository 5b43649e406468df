package cn.jixiao.app;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * The yardstick of the scroll figures ({@link EditorBenchmark}), as the bare window is the
 * start-up benchmark's: the indicator tree's rows, texts, visible columns and sizes in a plain
 * TreeTableView with JavaFX's own cells and style, in a scroll pane of the editor's size, laid out
 * as the main window lays out the editor (a menu bar, a split beside a tree, a split above a
 * panel), in a window of its own of the main window's size. What scrolling costs there is what
 * JavaFX and this display cost for the same rows; the rest is the editor's.
 */
final class BareTree {
    final Stage stage = new Stage();
    final ScrollPane pane = new ScrollPane();
    final TreeTableView<List<String>> table = new TreeTableView<>();

    /** On the FX thread: a copy of the tree as the editor shows it now, at the same place in a pane of the same size. */
    BareTree(ScrollPane editorPane, TreeTableView<?> editorTree) {
        List<TreeTableColumn<?, ?>> shown = new ArrayList<>(editorTree.getVisibleLeafColumns());
        for (int i = 0; i < shown.size(); i++) {
            int at = i;
            TreeTableColumn<List<String>, String> c = new TreeTableColumn<>(shown.get(i).getText());
            c.setPrefWidth(shown.get(i).getWidth());
            c.setSortable(false);
            c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue().get(at)));
            table.getColumns().add(c);
        }
        table.setShowRoot(false);
        table.setFixedCellSize(editorTree.getFixedCellSize());
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRoot(copy(editorTree.getRoot(), shown));
        table.setPrefHeight(editorTree.getHeight());
        table.setMinHeight(editorTree.getHeight());
        Region above = new Region();
        above.setPrefHeight(editorPane.getContent().sceneToLocal(editorTree.localToScene(0, 0)).getY());
        Region below = new Region();
        below.setPrefHeight(editorPane.getContent().getBoundsInLocal().getHeight() - above.getPrefHeight() - editorTree.getHeight());
        pane.setContent(new VBox(above, table, below));
        pane.setFitToWidth(true);
        Scene main = editorPane.getScene();
        Bounds at = editorPane.localToScene(editorPane.getLayoutBounds());
        SplitPane beside = new SplitPane(new TreeView<String>(), pane);
        beside.setDividerPositions(at.getMinX() / main.getWidth());
        BorderPane root = new BorderPane();
        root.setTop(new MenuBar(new Menu("文件"), new Menu("编辑")));
        SplitPane over = new SplitPane(beside, new Label("审核结果"));
        over.setOrientation(Orientation.VERTICAL);
        over.setDividerPositions((at.getMaxY() - at.getMinY()) / (main.getHeight() - at.getMinY()));
        root.setCenter(over);
        Scene scene = new Scene(root, main.getWidth(), main.getHeight());
        Fonts.apply(scene);
        stage.setScene(scene);
        stage.setTitle("bare tree");
        stage.show();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TreeItem<List<String>> copy(TreeItem<?> from, List<TreeTableColumn<?, ?>> columns) {
        List<String> texts = new ArrayList<>();
        for (TreeTableColumn c : columns) {
            Object v = c.getCellData(from);
            texts.add(v == null ? "" : v.toString());
        }
        TreeItem<List<String>> to = new TreeItem<>(texts);
        to.setExpanded(from.isExpanded());
        for (TreeItem<?> child : from.getChildren()) {
            to.getChildren().add(copy(child, columns));
        }
        return to;
    }
}
