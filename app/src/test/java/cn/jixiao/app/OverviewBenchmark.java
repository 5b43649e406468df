package cn.jixiao.app;

import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.SyntheticMonitoring;
import cn.jixiao.sample.SyntheticUnit;
import cn.jixiao.store.UnitFile;
import cn.jixiao.workspace.StartupOpen;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The 年度总览 of a 300-project synthetic unit, every project monitored to June, drawn in the real
 * window (docs/benchmarks.md, run by app/bench-overview.sh on an Xvfb display): from selecting the
 * year node to the drawn frame whose chart has every project's bar and the time-progress line.
 * A command to run, not a timed test.
 */
public final class OverviewBenchmark {
    private static final int PROJECTS = 300;
    private static final int SELECTS = 7;
    private static Path file;
    private static int year;
    private static volatile int exitCode = 1;

    private OverviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path home = IsolatedHome.enter("jixiao-overviewbench");
        try {
            file = home.resolve("synthetic-300-monitored.jixiao");
            Unit unit = SyntheticUnit.generate(PROJECTS, 20, 42);
            year = unit.years.get(0).year;
            SyntheticMonitoring.monitor(unit.years.get(0), 6, 42);
            try (UnitFile f = UnitFile.create(file)) {
                f.importUnit(unit);
            }
            Application.launch(Window.class, args);
        } finally {
            IsolatedHome.leave(home);
        }
        System.exit(exitCode);
    }

    /** The program's own window, driven from another thread. */
    public static class Window extends Application {
        @Override
        public void start(Stage stage) {
            JixiaoApp app = new JixiaoApp();
            app.start(stage);
            Frames frames = new Frames(stage.getScene());
            Thread t = new Thread(() -> {
                try {
                    run(app.view(), frames);
                    exitCode = 0;
                } catch (Throwable e) {
                    e.printStackTrace();
                } finally {
                    Platform.exit();
                }
            }, "overview-benchmark");
            t.setDaemon(true);
            t.start();
        }
    }

    private static void run(MainView view, Frames frames) throws Exception {
        frames.run(() -> view.openInitial(StartupOpen.begin(file, false)), view::treeShown);
        Thread.sleep(1500);
        List<Double> drawn = new ArrayList<>();
        List<Double> laidOut = new ArrayList<>();
        for (int i = 0; i < SELECTS; i++) {
            frames.run(() -> view.selectNode(UnitNode.Kind.UNIT, 0, null), () -> chart(view) == null);
            Frames.Step s = frames.run(() -> view.selectNode(UnitNode.Kind.YEAR, year, ""), () -> drawnWithLine(view));
            drawn.add(s.frameMs());
            laidOut.add(s.shownMs());
        }
        double median = EditorBenchmark.median(drawn);
        System.out.printf(Locale.ROOT, "select the year → 年度总览 of %d projects drawn (table, %d bars, time-progress line): "
                        + "median %.0f ms of %d (laid out %.0f ms); first %.0f ms; target ≤ 500 ms: %s%n", PROJECTS, PROJECTS,
                median, SELECTS, EditorBenchmark.median(laidOut), drawn.get(0), median <= 500 ? "met" : "NOT met");
    }

    @SuppressWarnings("unchecked")
    private static BarChart<String, Number> chart(MainView view) {
        Node editor = view.shownEditor();
        return editor == null ? null : (BarChart<String, Number>) editor.lookup("#overviewChart");
    }

    private static boolean drawnWithLine(MainView view) {
        BarChart<String, Number> c = chart(view);
        Node line = c == null ? null : c.lookup("#timeProgressLine");
        return c != null && c.getHeight() > 0 && !c.getData().isEmpty() && c.getData().get(0).getData().size() == PROJECTS
                && line != null && line.isVisible();
    }
}
