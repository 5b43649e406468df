package cn.jixiao.app.review;

import cn.jixiao.app.Messages;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Review;
import cn.jixiao.review.Severity;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The findings panel's state: review of the selected year, run again shortly after every edit, with
 * a count and a filter per severity. Review runs on a copy of the unit in a background thread, so
 * typing never waits for it and an edit made meanwhile cannot disturb it.
 */
public final class FindingsViewModel {
    /** Edits come in bursts (typing): review once they pause. */
    static final Duration DEBOUNCE = Duration.millis(400);
    private static final ExecutorService REVIEWER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "review");
        t.setDaemon(true);
        return t;
    });

    /** A project's findings, or those of one unit-level form. */
    public record Group(String key, String label, List<Finding> findings) {
    }

    private final MainViewModel main;
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final Map<Severity, BooleanProperty> shown = new EnumMap<>(Severity.class);
    private final Map<Severity, IntegerProperty> counts = new EnumMap<>(Severity.class);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    /** Bumped at each request, so a slow run's result never replaces a newer one. */
    private long generation;

    public FindingsViewModel(MainViewModel main) {
        this.main = main;
        for (Severity s : Severity.values()) {
            shown.put(s, new SimpleBooleanProperty(true));
            counts.put(s, new SimpleIntegerProperty());
        }
        debounce.setOnFinished(e -> runNow());
        main.workspaceProperty().addListener((o, a, b) -> {
            year.set(latestYear(b == null ? null : b.unit()));
            requestReview();
        });
        main.selectedProperty().addListener((o, a, b) -> followSelection(b));
        main.historyChangedProperty().addListener((o, a, b) -> requestReview());
        year.addListener((o, a, b) -> requestReview());
        year.set(latestYear(main.unit()));
    }

    private void followSelection(UnitNode node) {
        if (node != null && node.year() != null) {
            year.set(node.year().year);
        }
    }

    private static int latestYear(Unit unit) {
        return unit == null ? 0 : unit.years.stream().mapToInt(y -> y.year).max().orElse(0);
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public BooleanProperty shownProperty(Severity s) {
        return shown.get(s);
    }

    public IntegerProperty countProperty(Severity s) {
        return counts.get(s);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Reviews again once edits pause for {@link #DEBOUNCE}. */
    public void requestReview() {
        running.set(true);
        debounce.playFromStart();
    }

    /** Reviews the year now, in the background. */
    public void runNow() {
        debounce.stop();
        long mine = ++generation;
        Unit unit = main.unit();
        int y = year.get();
        if (unit == null || unit.year(y).isEmpty()) {
            show(List.of());
            running.set(false);
            return;
        }
        // only the snapshot is taken here, while no edit can interleave; reading it back and reviewing run aside
        Json.Snapshot<Unit> snapshot = Json.snapshot(unit, Unit.class);
        running.set(true);
        Task<List<Finding>> task = new Task<>() {
            @Override
            protected List<Finding> call() {
                return Review.run(snapshot.read(), y);
            }
        };
        task.setOnSucceeded(e -> {
            if (mine == generation) {
                show(task.getValue());
                running.set(false);
            }
        });
        task.setOnFailed(e -> {
            if (mine == generation) {
                running.set(false);
                main.statusProperty().set(Messages.text("findingsViewModel.text.failed", task.getException().getMessage()));
            }
        });
        REVIEWER.execute(task);
    }

    private void show(List<Finding> found) {
        for (Severity s : Severity.values()) {
            counts.get(s).set((int) found.stream().filter(f -> f.severity() == s).count());
        }
        findings.setAll(found);
    }

    /** The findings of the shown severities, by project in the year's order, unit-level forms first. */
    public List<Group> groups() {
        Map<String, List<Finding>> byKey = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!shown.get(f.severity()).get()) {
                continue;
            }
            String key = f.where().projectId().isEmpty() ? FindingPlace.group(f.where()) : "project:" + f.where().projectId();
            labels.putIfAbsent(key, groupName(f));
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<Group> out = new ArrayList<>();
        byKey.forEach((k, list) -> out.add(new Group(k, labels.get(k), List.copyOf(list))));
        return out;
    }

    /** The project's name (as review's messages write it), or the unit-level form's. */
    static String groupName(Finding f) {
        if (f.where().projectId().isEmpty()) {
            return FindingPlace.group(f.where());
        }
        return f.project().isBlank() ? Messages.text("findingsViewModel.text.unnamedProject") : f.project();
    }

    /** The message without the project's name in front: the group already shows it. */
    public static String text(Finding f) {
        String prefix = groupName(f) + "：";
        return f.message().startsWith(prefix) ? f.message().substring(prefix.length()) : f.message();
    }
}
