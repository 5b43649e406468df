package cn.jixiao.app.overview;

import cn.jixiao.app.text.Messages;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Percent;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.Json;
import cn.jixiao.overview.YearOverview;
import cn.jixiao.review.Review;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * 年度总览 of a year: one row per project (stage, budget, 执行率, light or score and grade,
 * findings), a bar chart of each project's 执行率 against the time-progress line, and the count of
 * findings. Clicking a row opens the project. Redrawn after every edit, undo and redo.
 */
public final class YearOverviewView {
    private final Unit unit;
    private final FiscalYear year;
    private final VBox root = new VBox(10);
    private final Label summary = new Label();
    private final TableView<YearOverview.Row> table = new TableView<>();
    private final ExecutionChart chart = new ExecutionChart(new CategoryAxis(), new NumberAxis(0, 120, 20));
    private final ChangeListener<Object> onChange = (o, a, b) -> refresh();

    private YearOverviewView(Unit unit, FiscalYear year, ObservableValue<?> changes, Consumer<String> openProject) {
        this.unit = unit;
        this.year = year;
        root.setId("yearOverview");
        root.setPadding(new Insets(12));
        Label heading = new Label(Messages.text("overview.title", year.year));
        heading.setStyle("-fx-font-size: 17px; -fx-font-weight: bold;");
        summary.setId("overviewSummary");
        table.setId("overviewTable");
        table.getColumns().add(col(Messages.text("overview.column.project"), YearOverview.Row::name, 260));
        table.getColumns().add(col(Messages.text("overview.column.stage"), r -> r.stage().chinese(), 60));
        table.getColumns().add(col(Messages.text("overview.column.budget"), r -> r.budget().text(), 90));
        table.getColumns().add(col(Messages.text("overview.column.rate"), r -> r.executionRate().map(Percent::of).orElse(""), 90));
        table.getColumns().add(col(Messages.text("overview.column.light"), r -> r.light().chinese(), 70));
        table.getColumns().add(col(Messages.text("overview.column.score"),
                r -> r.score().map(s -> s.toPlainString()).orElse(""), 60));
        table.getColumns().add(col(Messages.text("overview.column.grade"), r -> r.grade().map(g -> g.chinese()).orElse(""), 60));
        table.getColumns().add(col(Messages.text("overview.column.findings"), r -> String.valueOf(r.findings()), 60));
        // names under the bars only while they can be read: 300 cannot (and cost a long layout); the table names them
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<YearOverview.Row> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    openProject.accept(row.getItem().projectId());
                }
            });
            return row;
        });
        table.setPrefHeight(260);
        chart.setId("overviewChart");
        chart.setTitle(Messages.text("overview.chart"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(320);
        ((NumberAxis) chart.getYAxis()).setLabel(Messages.text("overview.chart.axis"));
        VBox.setVgrow(chart, Priority.ALWAYS);
        root.getChildren().addAll(heading, summary, table, chart);
        root.sceneProperty().addListener((o, a, b) -> {
            if (b == null) {
                changes.removeListener(onChange);
            } else if (a == null) {
                changes.addListener(onChange);
            }
        });
        refresh();
    }

    /** The page; {@code openProject} is given the id of the project whose row the clerk clicks. */
    public static Node create(Unit unit, FiscalYear year, ObservableValue<?> changes, Consumer<String> openProject) {
        return new YearOverviewView(unit, year, changes, openProject).root;
    }

    private void refresh() {
        show(YearOverview.figuresOnly(unit, year), false);
        countFindings();
    }

    /**
     * The lights, scores and findings, judged on a copy of the unit off the window's thread (the
     * scoring rules over 6000 indicators are more than a frame); a newer refresh voids an older one.
     */
    private void countFindings() {
        long asked = ++reviews;
        Json.Snapshot<Unit> copy = Json.snapshot(unit, Unit.class);
        int yearNumber = year.year;
        Thread t = new Thread(() -> {
            Unit u = copy.read();
            FiscalYear y = u.year(yearNumber).orElse(null);
            if (y == null) {
                return;
            }
            YearOverview counted = YearOverview.of(u, y, Review.run(u, yearNumber));
            javafx.application.Platform.runLater(() -> {
                if (asked == reviews) {
                    show(counted, true);
                }
            });
        }, "year-overview-review");
        t.setDaemon(true);
        t.start();
    }

    private long reviews;
    /** Up to this many projects the bars carry their names. */
    private static final int READABLE_NAMES = 30;

    private void show(YearOverview o, boolean counted) {
        table.getItems().setAll(o.rows());
        if (counted) {
            summary.setText(Messages.text("overview.summary", o.rows().size(), o.findings(),
                    o.timeProgress().map(Percent::of).orElse("—")));
            return;
        }
        summary.setText(Messages.text("overview.counting", o.rows().size(), o.timeProgress().map(Percent::of).orElse("—")));
        XYChart.Series<String, Number> rates = new XYChart.Series<>();
        for (YearOverview.Row r : o.rows()) {
            r.executionRate().ifPresent(rate -> rates.getData().add(new XYChart.Data<>(r.name(), Percent.points(rate))));
        }
        chart.getXAxis().setTickLabelsVisible(o.rows().size() <= READABLE_NAMES);
        chart.getData().setAll(java.util.List.of(rates));
        chart.setTimeProgress(o.timeProgress().map(Percent::points).orElse(null));
    }

    private static <T> TableColumn<T, String> col(String title, Function<T, String> f, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        return c;
    }
}
