package cn.jixiao.app.importing;

import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * 文件 → 导入 Word/Excel 表格… (Ctrl+I), and Word or Excel files dropped onto the main window: both
 * open the import dialog on the files, which it starts reading at once.
 */
public final class ImportAction {
    private ImportAction() {
    }

    public static void install(MainViewModel vm, MainView view, Window owner) {
        MenuItem item = new MenuItem(Messages.text("importAction.menuItem"));
        item.setId("importMenuItem");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        item.setOnAction(e -> {
            List<Path> files = choose(owner);
            if (!files.isEmpty()) {
                open(vm, owner, files);
            }
        });
        BooleanBinding cannotImport = cannotImport(vm);
        item.disableProperty().bind(cannotImport);
        view.addFileMenuItem(item);
        acceptDrops(view.root(), vm, owner, cannotImport);
    }

    /** No unit open, or the sample open for browsing only: there is nothing to import into. */
    private static BooleanBinding cannotImport(MainViewModel vm) {
        return Bindings.createBooleanBinding(() -> vm.workspaceProperty().get() == null || vm.isReadOnly(), vm.workspaceProperty());
    }

    /**
     * Files dragged from Explorer onto the window: accepted while a unit is open and one of them
     * is a file the import reads (or one it refuses with advice, such as a WPS file), so the
     * cursor tells the clerk before the drop.
     */
    private static void acceptDrops(Node target, MainViewModel vm, Window owner, BooleanBinding cannotImport) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (!cannotImport.get() && e.getDragboard().hasFiles() && !importable(e.getDragboard().getFiles()).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<Path> files = e.getDragboard().hasFiles() ? importable(e.getDragboard().getFiles()) : List.of();
            if (cannotImport.get() || files.isEmpty()) {
                return;
            }
            e.setDropCompleted(true);
            e.consume();
            // after the drop has finished: a dialog opened inside the drop handler would hold up Explorer
            javafx.application.Platform.runLater(() -> open(vm, owner, files));
        });
    }

    /** The dropped files the import looks at, by their ending; folders and other files are left out. */
    static List<Path> importable(List<File> dropped) {
        return dropped.stream().filter(File::isFile).map(File::toPath).filter(ImportViewModel::offered).toList();
    }

    /** The file chooser: Word and Excel files, several at once; empty when the clerk cancels. */
    public static List<Path> choose(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.text("importAction.title.choose"));
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.text("importAction.filter.forms"), ImportViewModel.chooserPatterns()),
                new FileChooser.ExtensionFilter(Messages.text("importAction.filter.all"), "*.*"));
        List<File> files = fc.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    /** The dialog on the files, reading them at once. */
    public static ImportDialog open(MainViewModel vm, Window owner, List<Path> files) {
        ImportDialog dialog = new ImportDialog(new ImportViewModel(vm), owner, () -> choose(owner));
        // reading starts before the window is made and shown, which takes a good part of the wait
        dialog.add(files);
        dialog.show();
        return dialog;
    }
}
