package cn.jixiao.app;

import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.main.Editors;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.app.project.ProjectActions;
import cn.jixiao.app.project.ProjectEditor;
import cn.jixiao.app.text.Messages;
import cn.jixiao.workspace.AppLog;
import cn.jixiao.workspace.StartupOpen;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.List;

/** The window: opens the file named on the command line, else the last one, else shows the welcome page. */
public class JixiaoApp extends Application {
    static {
        UiLocale.apply();
    }

    private MainViewModel viewModel;
    private MainView view;

    /** The unit being opened in the background since main(); taken by the first window. */
    private static CompletableFuture<StartupOpen.Result> opening;

    public static void launchWindow(String[] args) {
        StartupTrace.mark("main");
        opening = beginOpening(List.of(args));
        Application.launch(JixiaoApp.class, args);
    }

    private static CompletableFuture<StartupOpen.Result> beginOpening(List<String> raw) {
        List<String> files = raw.stream().filter(a -> !a.startsWith("--")).toList();
        return StartupOpen.begin(files.isEmpty() ? null : Path.of(files.get(0)), raw.contains("--sample"));
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit started");
        AppLog.start();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> unexpected(stage, e));
        viewModel = new MainViewModel();
        view = new MainView(viewModel, stage, editors());
        cn.jixiao.app.start.WelcomePage.install(viewModel, view);
        view.setFolderOpener(folder -> cn.jixiao.app.export.ExportAction.openFolder(folder, getHostServices()));
        StartupTrace.mark("main view built");
        Scene scene = new Scene(view.root(), 1280, 760);
        StartupTrace.mark("scene");
        Fonts.apply(scene);
        StartupTrace.mark("font chosen");
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.show();
        StartupTrace.mark("stage shown");
        List<String> raw = getParameters() == null ? List.of() : getParameters().getRaw();
        CompletableFuture<StartupOpen.Result> started = opening != null ? opening : beginOpening(raw);
        opening = null;
        view.openInitial(started);
        StartupTrace.mark("unit adopted");
        if (raw.contains("--exit-when-shown")) {
            exitOnFirstFrameWithTree(view);
        }
        if (raw.contains("--aot-training")) {
            trainAndExit(view);
        }
        afterFirstFrame(() -> installActions(view, stage));
    }

    /**
     * The commands and the findings panel, which the first frame does without: the clerk sees the
     * unit at once, and the menus' extra commands and the review arrive with the next event,
     * before a hand can reach the mouse.
     */
    private void installActions(MainView view, Stage stage) {
        ProjectActions.install(viewModel, view);
        // the 文件 menu takes each new item on top: 打印预览… goes in first to sit under 导出表格…
        cn.jixiao.app.print.PrintAction.install(viewModel, view, stage);
        cn.jixiao.app.export.ExportAction.install(viewModel, view, stage, getHostServices());
        // on top of 导出表格…: bringing forms in sits first, as a new clerk starts there
        cn.jixiao.app.importing.ImportAction.install(viewModel, view, stage);
        cn.jixiao.app.returned.ReturnedAction.install(viewModel, view, stage);
        var findings = cn.jixiao.app.review.FindingsPanel.install(viewModel, view);
        cn.jixiao.app.returned.CommentsPanel.install(viewModel, view, findings, stage);
        cn.jixiao.app.unit.YearActions.install(viewModel, view);
        cn.jixiao.app.help.HelpMenu.install(viewModel, view);
        StartupTrace.mark("actions and findings panel installed");
    }

    /** Runs the task on the UI thread right after the next pulse, i.e. once the first frame is under way. */
    private static void afterFirstFrame(Runnable task) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(task);
            }
        }.start();
    }

    /** The main window once started (the window benchmark drives it: app/bench-editors.sh). */
    public MainView view() {
        return view;
    }

    /** The main window's state once started. */
    public MainViewModel viewModel() {
        return viewModel;
    }

    /**
     * The editors of this version, wired here because each editor package depends on the main
     * window's package, not the other way round (the architecture test forbids the cycle).
     */
    public static Editors editors() {
        return Editors.standard().register(UnitNode.Kind.PROJECT, ProjectEditor::create)
                .register(UnitNode.Kind.UNIT, cn.jixiao.app.unit.UnitEditor::create);
    }

    /** For start-up measurements: exit as soon as a frame with the unit tree has been drawn. */
    private static void exitOnFirstFrameWithTree(MainView view) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (view.treeShown()) {
                    StartupTrace.mark("pulse with the tree");
                    stop();
                    // one more pulse so the frame with the tree is really on screen
                    Platform.runLater(() -> {
                        System.out.println("shown at " + System.currentTimeMillis());
                        Platform.exit();
                    });
                }
            }
        }.start();
    }

    /**
     * The installer's training run ({@link AotTraining}): into a throw-away folder, then exit;
     * exit status 1 if it failed, so that the build stops instead of shipping a cache of an error.
     */
    private void trainAndExit(MainView view) {
        Path out;
        try {
            out = java.nio.file.Files.createTempDirectory("jixiao-aot-training");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        AotTraining.begin(view, viewModel, out, written -> {
            System.out.println("aot training exported " + written.size() + " file(s)");
            deleteTree(out);
            Platform.exit();
        }, e -> {
            e.printStackTrace();
            System.exit(1);
        });
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temp folder left behind by a build step harms nothing
        }
    }

    /** An unexpected error: logged, a short Chinese message with the log's place, and the program goes on. */
    private static void unexpected(Stage owner, Throwable e) {
        AppLog.error(Messages.text("jixiaoApp.error.unexpected"), e);
        Runnable show = () -> {
            Alert a = new Alert(Alert.AlertType.ERROR);
            a.setTitle(Messages.text("jixiaoApp.title.title"));
            a.setHeaderText(Messages.text("jixiaoApp.header.dataSafe"));
            a.setContentText(Messages.text("jixiaoApp.content.detailsAndLog", String.valueOf(e.getMessage()), AppLog.file()));
            if (owner.isShowing()) {
                a.initOwner(owner);
            }
            a.show();
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    @Override
    public void stop() {
        if (viewModel != null) {
            viewModel.close();
        }
    }
}
