package cn.jixiao.app.print;

import cn.jixiao.app.text.Messages;
import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.main.UnitNode;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** 文件 → 打印预览… (Ctrl+P): the preview of the selected year's forms, the selected project's alone. */
public final class PrintAction {
    private PrintAction() {
    }

    public static void install(MainViewModel vm, MainView view, Window owner) {
        MenuItem item = new MenuItem(Messages.text("printAction.menuItem"));
        item.setId("printPreviewMenuItem");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        item.setOnAction(e -> open(vm, owner));
        item.disableProperty().bind(vm.workspaceProperty().isNull());
        view.addFileMenuItem(item);
    }

    /** The preview on the selected node's year (else the latest), or null when the unit has no year. */
    public static PrintPreviewDialog open(MainViewModel vm, Window owner) {
        UnitNode node = vm.selectedProperty().get();
        int year = node != null && node.year() != null ? node.year().year
                : vm.unit().years.stream().mapToInt(f -> f.year).max().orElse(0);
        if (vm.unit().year(year).isEmpty()) {
            return null;
        }
        String project = node != null && node.project() != null ? node.project().name : null;
        PrintPreviewDialog dialog = new PrintPreviewDialog(new PrintPreviewViewModel(vm.unit(), year, project), owner);
        dialog.show();
        return dialog;
    }
}
