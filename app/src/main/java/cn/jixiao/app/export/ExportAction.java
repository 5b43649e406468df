package cn.jixiao.app.export;

import cn.jixiao.app.text.Messages;
import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.main.UnitNode;
import javafx.application.HostServices;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import java.awt.Desktop;
import java.nio.file.Path;

/** 文件 → 导出表格… (Ctrl+E): opens the export dialog on the selected year. */
public final class ExportAction {
    private ExportAction() {
    }

    public static void install(MainViewModel vm, MainView view, Window owner, HostServices host) {
        MenuItem item = new MenuItem(Messages.text("exportAction.menuItem.export"));
        item.setId("exportMenuItem");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        item.setOnAction(e -> open(vm, owner, host));
        item.disableProperty().bind(vm.workspaceProperty().isNull());
        view.addFileMenuItem(item);
    }

    /** The dialog for the open unit, on the year of the selected node (else the latest year). */
    public static ExportDialog open(MainViewModel vm, Window owner, HostServices host) {
        if (vm.unit().years.isEmpty()) {
            // nothing to export yet: say what to do instead of offering a year that does not exist
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                    Messages.text("exportAction.noYear"), new javafx.scene.control.ButtonType(Messages.text("yearActions.close"),
                    javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
            a.setHeaderText(Messages.text("exportAction.noYear.header"));
            a.initOwner(owner);
            a.show();
            return null;
        }
        UnitNode node = vm.selectedProperty().get();
        int year = node != null && node.year() != null ? node.year().year : 0;
        ExportViewModel model = ExportViewModel.forUnit(vm.unit(), year).comments(vm.workspaceProperty().get());
        if (node != null && node.project() != null) {
            model.chooseOnlyProject(node.project().name);
        }
        ExportDialog dialog = new ExportDialog(model, owner, folder -> openFolder(folder, host));
        dialog.show();
        return dialog;
    }

    /**
     * Shows the folder in Explorer (or the desktop's file manager). Without a desktop (a server,
     * a headless test) nothing happens: the dialog has already named the folder.
     */
    public static void openFolder(Path folder, HostServices host) {
        Thread t = new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(folder.toFile());
                    return;
                }
            } catch (Exception | LinkageError ignored) {
                // fall back to the JavaFX host below
            }
            if (host != null) {
                host.showDocument(folder.toUri().toString());
            }
        }, "open-folder");
        t.setDaemon(true);
        t.start();
    }
}
