package cn.jixiao.app.help;

import cn.jixiao.app.text.Messages;
import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.cli.Cli;
import cn.jixiao.workspace.AppLog;
import cn.jixiao.workspace.UserFolders;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * 帮助: 使用说明 (the short manual shipped with the program, help/manual.txt, in a window of its
 * own), 快捷键 (read from the menus' own accelerators, plus the keys of the tables and the tree),
 * 关于 (version, where the unit file and the log are).
 */
public final class HelpMenu {
    private HelpMenu() {
    }

    public static void install(MainViewModel vm, MainView view) {
        Menu help = view.helpMenu();
        MenuItem manual = new MenuItem(Messages.text("help.manual"));
        manual.setId("helpManual");
        manual.setAccelerator(KeyCombination.keyCombination("F1"));
        manual.setOnAction(e -> showText(view, Messages.text("help.manual"), manualText(), "helpManualText"));
        MenuItem keys = new MenuItem(Messages.text("help.keys"));
        keys.setId("helpKeys");
        keys.setOnAction(e -> showText(view, Messages.text("help.keys"), shortcuts(view), "helpKeysText"));
        MenuItem about = new MenuItem(Messages.text("help.about"));
        about.setId("helpAbout");
        about.setOnAction(e -> about(vm, view).show());
        help.getItems().setAll(manual, keys, about);
    }

    /** The manual's text, from the program's own resources. */
    public static String manualText() {
        try (InputStream in = HelpMenu.class.getResourceAsStream("/cn/jixiao/app/help/manual.txt")) {
            if (in == null) {
                return Messages.text("help.manualMissing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every menu command with a shortcut, read from the menus, then the keys that work in tables and the tree. */
    public static String shortcuts(MainView view) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.text("help.keys.menus"));
        for (Menu m : view.menuBar().getMenus()) {
            collect(m, m.getText(), lines);
        }
        lines.add("");
        lines.add(Messages.text("help.keys.tables"));
        return String.join("\n", lines);
    }

    private static void collect(Menu menu, String path, List<String> lines) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " → " + sub.getText(), lines);
            } else if (item.getAccelerator() != null) {
                String key = item.getAccelerator().getDisplayText().replace("Shortcut", "Ctrl");
                lines.add(String.format("  %-14s %s → %s", key, path, item.getText()));
            }
        }
    }

    private static void showText(MainView view, String title, String text, String id) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setStyle("-fx-font-size: 14px;");
        Stage s = new Stage();
        s.setTitle(title);
        s.initOwner(view.stage());
        s.setScene(new Scene(area, 720, 560));
        s.show();
    }

    /** 关于: the version, the open unit file, the data folder and the log, for whoever supports the clerk. */
    public static Alert about(MainViewModel vm, MainView view) {
        String file = vm.workspaceProperty().get() == null ? Messages.text("help.about.noFile")
                : vm.workspaceProperty().get().path().toAbsolutePath().toString();
        Alert a = new Alert(Alert.AlertType.INFORMATION, Messages.text("help.about.text", Cli.version(), file,
                UserFolders.dataFolder(), AppLog.file()), new ButtonType(Messages.text("yearActions.close"), ButtonBar.ButtonData.OK_DONE));
        a.setTitle(Messages.text("help.about"));
        a.setHeaderText(Messages.text("help.about.header"));
        a.initOwner(view.stage());
        a.getDialogPane().setId("aboutDialog");
        return a;
    }
}
