package cn.jixiao.app.returned;

import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.text.Messages;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;

/** 文件 → 导入财政局退回的表格… and 文件 → 意见及处理情况…. */
public final class ReturnedAction {
    private ReturnedAction() {
    }

    public static void install(MainViewModel vm, MainView view, Window owner) {
        MenuItem comments = new MenuItem(Messages.text("returnedAction.menuItem.comments"));
        comments.setId("commentsMenuItem");
        comments.setOnAction(e -> showComments(vm, owner,
                vm.selectedProperty().get() != null && vm.selectedProperty().get().year() != null ? vm.selectedProperty().get().year().year : 0));
        comments.disableProperty().bind(vm.workspaceProperty().isNull());
        view.addFileMenuItem(comments);
        MenuItem item = new MenuItem(Messages.text("returnedAction.menuItem.import"));
        item.setId("importReturnedMenuItem");
        item.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.text("returnedAction.chooser.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("returnedAction.chooser.filter"),
                    "*.xlsx", "*.docx"));
            File f = chooser.showOpenDialog(owner);
            if (f != null) {
                open(vm, f.toPath(), owner);
            }
        });
        item.disableProperty().bind(vm.workspaceProperty().isNull());
        view.addFileMenuItem(item);
    }

    /** Compares the file and shows the comparison, or the refusal. */
    public static ReturnedDialog open(MainViewModel vm, Path file, Window owner) {
        ReturnedViewModel model = new ReturnedViewModel(vm);
        if (!model.load(file)) {
            Alert a = new Alert(Alert.AlertType.WARNING, model.refusalProperty().get(),
                    new ButtonType(Messages.text("returnedAction.close"), ButtonBar.ButtonData.OK_DONE));
            a.setHeaderText(Messages.text("returnedAction.refused.header"));
            a.initOwner(owner);
            a.show();
            return null;
        }
        ReturnedDialog dialog = new ReturnedDialog(model, owner);
        dialog.show();
        return dialog;
    }

    /** The year's 意见 with 已处理 and notes, in a window of its own; year 0: the latest. */
    public static Stage showComments(MainViewModel vm, Window owner, int year) {
        CommentsViewModel model = new CommentsViewModel(vm);
        if (year > 0) {
            model.yearProperty().set(year);
        }
        CommentsPanel panel = new CommentsPanel(model);
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle(Messages.text("commentsPanel.title"));
        s.setScene(new Scene((javafx.scene.Parent) panel.node(), 640, 420));
        s.show();
        return s;
    }
}
