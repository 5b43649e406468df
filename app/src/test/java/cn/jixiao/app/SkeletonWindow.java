package cn.jixiao.app;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The second yardstick of the start-up benchmark: the main window's first frame made of plain
 * JavaFX only: the same menu bar, split pane, unit tree of the sample's 35 rows, details pane and
 * status line, with fixed strings: no unit file, no SQLite, no Jackson, none of our classes but the
 * font choice ({@link Fonts}). What it costs over {@link BareWindow} is what JavaFX charges for a
 * window of this shape on the machine, before any of our own work.
 */
public final class SkeletonWindow {
    private SkeletonWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static class Window extends Application {
        @Override
        public void start(Stage stage) {
            if (getParameters().getRaw().contains("--tree-only")) {
                // the unit tree alone: how much of the skeleton's cost is the TreeView's
                stage.setScene(new Scene(tree(), 1280, 760));
                stage.show();
                BareWindow.reportFirstFrameAndExit();
                return;
            }
            BorderPane root = new BorderPane();
            root.setTop(menuBar());
            SplitPane split = new SplitPane(tree(), details());
            split.setDividerPositions(0.24);
            root.setCenter(split);
            HBox status = new HBox(new Label("已打开 衡阳市人民政府办公室"));
            status.setPadding(new Insets(3, 8, 3, 8));
            root.setBottom(status);
            Scene scene = new Scene(root, 1280, 760);
            root.setStyle("-fx-font-family: '" + Fonts.family() + "'; -fx-font-size: 13px;");
            stage.setScene(scene);
            stage.setTitle("绩效填报 - 衡阳市人民政府办公室");
            stage.show();
            BareWindow.reportFirstFrameAndExit();
        }
    }

    private static MenuBar menuBar() {
        Menu file = new Menu("文件");
        file.getItems().addAll(new MenuItem("新建单位…"), new MenuItem("打开…"), new Menu("最近打开"),
                new SeparatorMenuItem(), new MenuItem("从备份恢复…"), new SeparatorMenuItem(), new MenuItem("退出"));
        Menu edit = new Menu("编辑");
        edit.getItems().addAll(new MenuItem("撤销"), new MenuItem("重做"), new SeparatorMenuItem(), new MenuItem("查找…"));
        return new MenuBar(file, edit);
    }

    /** The sample unit's tree as the main window first shows it: two years, 12 projects each. */
    private static TreeView<String> tree() {
        TreeItem<String> unit = new TreeItem<>("衡阳市人民政府办公室");
        unit.setExpanded(true);
        for (int year = 2022; year >= 2021; year--) {
            TreeItem<String> projects = new TreeItem<>("项目（12）");
            for (int i = 1; i <= 12; i++) {
                TreeItem<String> p = new TreeItem<>("政府业务经费、综合治理工作经费 " + i);
                p.getChildren().add(new TreeItem<>("自评"));
                projects.getChildren().add(p);
            }
            projects.setExpanded(true);
            TreeItem<String> y = new TreeItem<>(year + " 年度");
            y.getChildren().addAll(projects, new TreeItem<>("部门整体"), new TreeItem<>("基础数据表"), new TreeItem<>("自评报告"));
            y.setExpanded(true);
            unit.getChildren().add(y);
        }
        TreeView<String> tree = new TreeView<>(unit);
        tree.setMinWidth(220);
        tree.getSelectionModel().select(unit);
        return tree;
    }

    /** The unit's read-only details, as the first frame shows them. */
    private static ScrollPane details() {
        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(5);
        String[] names = {"单位编码", "编制人数", "实有人数", "内设机构", "填报人", "联系电话", "年度"};
        for (int i = 0; i < names.length; i++) {
            fields.addRow(i, new Label(names[i] + "："), new Label("衡阳市人民政府办公室 " + i));
        }
        Label heading = new Label("衡阳市人民政府办公室");
        heading.setStyle("-fx-font-size: 17px; -fx-font-weight: bold;");
        VBox box = new VBox(10, heading, fields);
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
