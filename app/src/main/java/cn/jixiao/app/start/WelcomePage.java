package cn.jixiao.app.start;

import cn.jixiao.app.importing.ImportAction;
import cn.jixiao.app.text.Messages;
import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.MainViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * 欢迎页: what a first start shows instead of a unit: make the clerk's own unit, bring last years'
 * Word and Excel forms in (the unit is made first, then the forms are imported into it), open a
 * unit file, or look at the sample unit (read-only, or a practice copy to try things on).
 */
public final class WelcomePage {
    /**
     * How the forms to import are chosen: the system's file chooser. A headless test, which has no
     * file chooser, hands the files over here instead.
     */
    static Function<Window, List<Path>> formsChooser = ImportAction::choose;

    private WelcomePage() {
    }

    /** Puts the welcome page and 新建本单位… into the window; call before the first unit is opened. */
    public static void install(MainViewModel vm, MainView view) {
        view.setWelcomePage(() -> create(vm, view), () -> NewUnitDialog.showAndCreate(vm, view));
    }

    static Node create(MainViewModel vm, MainView view) {
        Label title = new Label(Messages.text("welcome.title"));
        title.setStyle("-fx-font-size: 24px; -fx-font-weight: bold;");
        Label intro = new Label(Messages.text("welcome.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(560);

        Button create = big("welcomeNewUnit", Messages.text("welcome.newUnit"), Messages.text("welcome.newUnit.hint"));
        create.setOnAction(e -> NewUnitDialog.showAndCreate(vm, view));
        Button importForms = big("welcomeImport", Messages.text("welcome.import"), Messages.text("welcome.import.hint"));
        importForms.setOnAction(e -> importForms(vm, view));
        Button open = big("welcomeOpen", Messages.text("welcome.open"), Messages.text("welcome.open.hint"));
        open.setOnAction(e -> view.openChosen());

        Label sampleLabel = new Label(Messages.text("welcome.sample"));
        sampleLabel.setStyle("-fx-font-weight: bold;");
        Button browse = new Button(Messages.text("welcome.sample.browse"));
        browse.setId("welcomeSampleBrowse");
        browse.setOnAction(e -> openSample(vm, view, false));
        Button practice = new Button(Messages.text("welcome.sample.practice"));
        practice.setId("welcomeSamplePractice");
        practice.setOnAction(e -> openSample(vm, view, true));
        HBox sampleButtons = new HBox(10, browse, practice);
        Label sampleHint = new Label(Messages.text("welcome.sample.hint"));
        sampleHint.setWrapText(true);
        sampleHint.setMaxWidth(560);
        sampleHint.setStyle("-fx-text-fill: #555;");

        VBox box = new VBox(16, title, intro, create, importForms, open, new VBox(6, sampleLabel, sampleButtons, sampleHint));
        recent(vm, view).ifPresent(r -> box.getChildren().add(2, r));
        box.setPadding(new Insets(40));
        box.setMaxWidth(640);
        box.setAlignment(Pos.CENTER_LEFT);
        VBox page = new VBox(box);
        page.setAlignment(Pos.CENTER);
        page.setId("welcomePage");
        create.sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                javafx.application.Platform.runLater(create::requestFocus);
            }
        });
        return page;
    }

    /** The files opened before (when the last one could not be opened, the others are one click away). */
    private static java.util.Optional<Node> recent(MainViewModel vm, MainView view) {
        var files = vm.recentFiles().stream().filter(java.nio.file.Files::isRegularFile).toList();
        if (files.isEmpty()) {
            return java.util.Optional.empty();
        }
        VBox list = new VBox(4, new Label(Messages.text("welcome.recent")));
        list.setId("welcomeRecent");
        for (java.nio.file.Path p : files) {
            javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(p.toString());
            link.setOnAction(e -> {
                try {
                    vm.open(p);
                } catch (RuntimeException ex) {
                    view.showError(Messages.text("welcome.recent.error"), ex);
                }
            });
            list.getChildren().add(link);
        }
        return java.util.Optional.of(list);
    }

    /**
     * 从 Word/Excel 表格导入…: the forms first (nothing is made when the clerk chooses none), then the
     * unit they go into, made as by 新建本单位, then the import dialog on the forms; its 导入 puts the
     * projects into the window.
     */
    private static void importForms(MainViewModel vm, MainView view) {
        List<Path> forms = formsChooser.apply(view.stage());
        if (forms.isEmpty()) {
            return;
        }
        if (NewUnitDialog.showAndCreate(vm, view)) {
            ImportAction.open(vm, view.stage(), forms);
        }
    }

    private static Button big(String id, String text, String hint) {
        Label main = new Label(text);
        main.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        Label sub = new Label(hint);
        sub.setStyle("-fx-text-fill: #555;");
        Button b = new Button(null, new VBox(2, main, sub));
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setPadding(new Insets(10, 16, 10, 16));
        b.setMnemonicParsing(false);
        return b;
    }

    private static void openSample(MainViewModel vm, MainView view, boolean practice) {
        try {
            vm.openSample(practice);
        } catch (RuntimeException e) {
            view.showError(Messages.text("welcome.sample.error"), e);
        }
    }
}
