package cn.jixiao.app;

import cn.jixiao.app.export.ExportViewModel;
import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The training run (训练运行) of the installer's ahead-of-time cache (JDK 25, JEP 483/514/515): what a
 * clerk's session begins with, so that the cache holds the classes, links and method profiles of
 * it. After the first frame with the unit tree it selects the latest year's first project (its
 * editor opens), then exports one form of that project as Word and Excel through the export
 * dialog's own view model and task, and reports the written files. `jixiao --aot-training` runs it and exits;
 * the installer build runs that once with {@code -XX:AOTCacheOutput}.
 */
public final class AotTraining {
    private AotTraining() {
    }

    /**
     * Starts the training on the shown window: selection at the first pulse with the tree, the
     * export at the pulse after (the editor has been laid out and drawn), then {@code done} with
     * the files written, on the UI thread; {@code failed} if anything went wrong.
     */
    public static void begin(MainView view, MainViewModel vm, Path out, Consumer<List<Path>> done, Consumer<Throwable> failed) {
        new AnimationTimer() {
            private Runnable next;

            @Override
            public void handle(long now) {
                if (next != null) {
                    stop();
                    next.run();
                } else if (view.treeShown()) {
                    next = () -> {
                        try {
                            export(vm, selectProject(view, vm), out, done, failed);
                        } catch (RuntimeException e) {
                            failed.accept(e);
                        }
                    };
                }
            }
        }.start();
    }

    /** Selects the first project of the latest year that has one, as a click in the tree would. */
    static Choice selectProject(MainView view, MainViewModel vm) {
        FiscalYear year = vm.unit().years.stream().filter(y -> !y.projects.isEmpty())
                .max(Comparator.comparingInt(y -> y.year))
                .orElseThrow(() -> new IllegalStateException(Messages.text("aotTraining.error.noProjects")));
        Project project = year.projects.get(0);
        if (!view.selectNode(UnitNode.Kind.PROJECT, year.year, project.id)) {
            throw new IllegalStateException(Messages.text("aotTraining.error.projectNotInTree", project.name));
        }
        return new Choice(year.year, project.name);
    }

    /** The year and project of the training's export. */
    record Choice(int year, String project) {
    }

    /** One form of the project, in the style the export dialog would offer first, as .docx and .xlsx. */
    private static void export(MainViewModel vm, Choice choice, Path out, Consumer<List<Path>> done, Consumer<Throwable> failed) {
        ExportViewModel export = new ExportViewModel(vm.unit(), choice.year(), out);
        Optional<ExportViewModel.FormChoice> form = export.forms().stream()
                .filter(f -> f.selectedProperty().get() && f.perProject()).findFirst();
        export.forms().forEach(f -> f.selectedProperty().set(form.isPresent() && f == form.get()));
        export.chooseOnlyProject(choice.project());
        // Word and Excel: the cache then holds both writers' classes for the clerk's first export
        export.xlsxProperty().set(true);
        Optional<String> problem = export.problem();
        if (problem.isPresent()) {
            failed.accept(new IllegalStateException(problem.get()));
            return;
        }
        Task<List<Path>> task = export.exportTask();
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        Thread worker = new Thread(task, "aot-training-export");
        worker.setDaemon(true);
        worker.start();
    }
}
