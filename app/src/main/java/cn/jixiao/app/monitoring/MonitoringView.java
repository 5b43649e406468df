package cn.jixiao.app.monitoring;

import cn.jixiao.app.text.Messages;
import cn.jixiao.app.focus.FieldPath;
import cn.jixiao.app.focus.Reveal;
import cn.jixiao.review.FieldRef;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.DeviationKind;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.IndicatorMonitoring;
import cn.jixiao.domain.Likelihood;
import cn.jixiao.domain.Percent;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.Edit;
import cn.jixiao.monitoring.IndicatorStatus;
import cn.jixiao.monitoring.Light;
import cn.jixiao.monitoring.MonitoringStatus;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The 绩效运行监控 page of a project or of the 部门整体: 开始监控 for a period, then the funds
 * (调整后预算数, 1—X月执行数, 全年预计执行数) with 执行率 against 时间进度, and per 三级 indicator
 * its progress, light, 偏差原因, 完成目标可能性 and 纠偏措施. The lights follow every edit.
 */
public final class MonitoringView {
    /** Where 导出监控表 writes; the folder chooser, replaceable so that a test can name a folder. */
    public static Function<Window, Optional<Path>> folderChooser = owner -> {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(Messages.text("monitoring.export.choose"));
        File f = c.showDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    };

    private final MonitoringViewModel vm;
    private final VBox root = new VBox(10);
    private final Label heading = new Label();
    private final Label problem = new Label();
    private final VBox notStarted = new VBox(10);
    private final VBox started = new VBox(10);
    private final ComboBox<Integer> periods = new ComboBox<>();
    private final GridPane funds = new GridPane();
    private final GridPane rows = new GridPane();
    private final Label projectLight = new Label();
    private final Label exported = new Label();
    private final ChangeListener<Object> onChange = (o, a, b) -> refresh();
    private boolean refreshing;
    /** The inputs of each indicator's record, by indicator id and field: "id/correctiveAction". */
    private final java.util.Map<String, Node> recordInputs = new java.util.HashMap<>();

    private MonitoringView(MonitoringViewModel vm) {
        this.vm = vm;
        root.setId("monitoring");
        root.setPadding(new Insets(12));
        heading.setId("monitoringHeading");
        heading.setStyle("-fx-font-size: 17px; -fx-font-weight: bold;");
        problem.setId("monitoringProblem");
        problem.setStyle("-fx-text-fill: #b00020;");
        buildNotStarted();
        buildStarted();
        ScrollPane scroll = new ScrollPane(new VBox(10, notStarted, started));
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(heading, problem, scroll);
        root.sceneProperty().addListener((o, a, b) -> {
            if (b == null) {
                vm.changes().removeListener(onChange);
            } else if (a == null) {
                vm.changes().addListener(onChange);
                refresh();
            }
        });
        vm.monthProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public static Node forProject(Consumer<Edit> perform, ObservableValue<?> changes, Unit unit, FiscalYear year, Project project) {
        return create(perform, changes, unit, year, project);
    }

    public static Node forOverall(Consumer<Edit> perform, ObservableValue<?> changes, Unit unit, FiscalYear year) {
        return create(perform, changes, unit, year, null);
    }

    private static Node create(Consumer<Edit> perform, ObservableValue<?> changes, Unit unit, FiscalYear year, Project project) {
        MonitoringView[] self = new MonitoringView[1];
        self[0] = new MonitoringView(new MonitoringViewModel(e -> self[0].guarded(perform, e), changes, unit, year, project));
        self[0].root.getProperties().put(MonitoringView.class, self[0]);
        return self[0].root;
    }

    /**
     * 定位到字段 on a 运行监控 page (made by {@link #forProject} or {@link #forOverall}): a finding's
     * "monitoring[6].expectedExecuted" shows the period ending in June and focuses that field; an
     * indicator's "monitoring[6].correctiveAction" the cell of its row. False when the page has no such field.
     */
    public static boolean focus(Node page, FieldRef ref) {
        return page.getProperties().get(MonitoringView.class) instanceof MonitoringView v && v.focus(ref);
    }

    private static final java.util.regex.Pattern PERIOD_FIELD = java.util.regex.Pattern.compile("^monitoring\\[(\\d+)]\\.(.+)$");

    private boolean focus(FieldRef ref) {
        var m = PERIOD_FIELD.matcher(ref.field());
        if (!m.matches() || vm.current().isEmpty()) {
            return false;
        }
        int month = Integer.parseInt(m.group(1));
        if (vm.months().contains(month) && month != vm.monthProperty().get()) {
            vm.monthProperty().set(month);
        }
        String field = m.group(2);
        if (ref.kind() == FieldRef.Kind.INDICATOR) {
            return Reveal.field(recordInputs.get(ref.indicatorId() + "/" + field));
        }
        return FieldPath.reveal(funds, field);
    }

    private void guarded(Consumer<Edit> perform, Edit e) {
        try {
            perform.accept(e);
            problem.setText("");
        } catch (RuntimeException ex) {
            problem.setText(Messages.text("monitoring.saveFailed", e.description(), String.valueOf(ex.getMessage())));
        }
    }

    private void buildNotStarted() {
        Label text = new Label(Messages.text("monitoring.notStarted"));
        text.setWrapText(true);
        notStarted.getChildren().addAll(text, startRow("startMonitoring"));
    }

    /** A month chooser (1—6月 by default) and the 开始监控 button. */
    private HBox startRow(String buttonId) {
        ComboBox<Integer> month = monthChooser();
        Button start = new Button(Messages.text("monitoring.start"));
        start.setId(buttonId);
        start.setOnAction(e -> {
            try {
                vm.start(month.getValue());
            } catch (RuntimeException ex) {
                problem.setText(ex.getMessage());
            }
        });
        HBox row = new HBox(8, new Label(Messages.text("monitoring.periodEnd")), month, start);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static ComboBox<Integer> monthChooser() {
        ComboBox<Integer> month = new ComboBox<>();
        for (int m = 1; m <= 12; m++) {
            month.getItems().add(m);
        }
        month.setValue(6);
        month.setConverter(monthText());
        return month;
    }

    private static javafx.util.StringConverter<Integer> monthText() {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer m) {
                return m == null ? "" : Messages.text("monitoring.period", m);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        };
    }

    private void buildStarted() {
        periods.setId("monitoringPeriod");
        periods.setConverter(monthText());
        periods.valueProperty().addListener((o, a, b) -> {
            if (!refreshing && b != null) {
                vm.monthProperty().set(b);
            }
        });
        Button export = new Button(Messages.text("monitoring.export"));
        export.setId("exportMonitoring");
        export.setOnAction(e -> export());
        exported.setId("monitoringExported");
        HBox top = new HBox(8, new Label(Messages.text("monitoring.shownPeriod")), periods, startRow("addMonitoringPeriod"), export);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        funds.setHgap(10);
        funds.setVgap(6);
        rows.setHgap(6);
        rows.setVgap(4);
        rows.setId("monitoringRows");
        projectLight.setId("projectLight");
        started.getChildren().addAll(top, exported, funds, projectLight, new Label(Messages.text("monitoring.indicators")), rows);
    }

    private void export() {
        Optional<Path> dir = folderChooser.apply(root.getScene() == null ? null : root.getScene().getWindow());
        if (dir.isEmpty()) {
            return;
        }
        try {
            List<Path> written = vm.export(dir.get());
            exported.setText(Messages.text("monitoring.exported", written.get(0).toString()));
        } catch (Exception ex) {
            Alert a = new Alert(Alert.AlertType.ERROR, String.valueOf(ex.getMessage()));
            a.setHeaderText(Messages.text("monitoring.exportFailed"));
            a.show();
        }
    }

    private void refresh() {
        refreshing = true;
        try {
            heading.setText(vm.title());
            boolean waiting = vm.current().isEmpty();
            notStarted.setVisible(waiting);
            notStarted.setManaged(waiting);
            started.setVisible(!waiting);
            started.setManaged(!waiting);
            if (waiting) {
                return;
            }
            periods.getItems().setAll(vm.months());
            periods.setValue(vm.monthProperty().get());
            MonitoringStatus s = vm.status();
            showFunds(s);
            projectLight.setText(Messages.text("monitoring.projectLight", s.light().chinese(), s.mainDeviation()));
            lightStyle(projectLight, s.light());
            showRows(s);
        } finally {
            refreshing = false;
        }
    }

    private void showFunds(MonitoringStatus s) {
        funds.getChildren().clear();
        int month = vm.monthProperty().get();
        funds.addRow(0, new Label(Messages.text("monitoring.initialBudget")), new Label(vm.current().orElseThrow().funds.initialBudget.text()));
        funds.addRow(1, new Label(Messages.text("monitoring.adjustedBudget")), FieldPath.tag(
                amountField("adjustedBudget", MonitoringViewModel.AmountField.ADJUSTED_BUDGET, Messages.text("monitoring.adjustedBudget")),
                "funds.adjustedBudget"));
        String executed = Messages.text("monitoring.executed", month);
        funds.addRow(2, new Label(executed), FieldPath.tag(amountField("executed", MonitoringViewModel.AmountField.EXECUTED, executed),
                "funds.executed"));
        funds.addRow(3, new Label(Messages.text("monitoring.expectedExecuted")), FieldPath.tag(
                amountField("expectedExecuted", MonitoringViewModel.AmountField.EXPECTED_EXECUTED, Messages.text("monitoring.expectedExecuted")),
                "expectedExecuted"));
        Label rate = new Label(s.executionRate().map(Percent::of).orElse("—"));
        rate.setId("executionRate");
        Label time = new Label(Percent.of(s.timeProgress()));
        time.setId("timeProgress");
        Label light = new Label(s.executionLight().chinese());
        light.setId("executionLight");
        lightStyle(light, s.executionLight());
        funds.addRow(4, new Label(Messages.text("monitoring.rate")), rate, new Label(Messages.text("monitoring.timeProgress")), time, light);
        funds.addRow(5, new Label(Messages.text("monitoring.statedRate")), FieldPath.tag(statedRate(), "funds.statedExecutionRate"));
    }

    /** 执行率 as the form states it; a stated rate that differs from the computed one is a review finding. */
    private TextField statedRate() {
        TextField t = new TextField(vm.statedExecutionRate());
        t.setId("statedExecutionRate");
        t.setPrefColumnCount(10);
        Runnable commit = () -> vm.setStatedExecutionRate(Messages.text("monitoring.statedRate"), t.getText());
        t.setOnAction(e -> commit.run());
        t.focusedProperty().addListener((o, was, is) -> {
            if (was && !is && !refreshing) {
                commit.run();
            }
        });
        return t;
    }

    private TextField amountField(String id, MonitoringViewModel.AmountField f, String label) {
        Amount a = vm.amount(f);
        TextField t = new TextField(a.text());
        t.setId(id);
        t.setPrefColumnCount(10);
        Runnable commit = () -> vm.setAmount(f, label, t.getText()).ifPresent(problem::setText);
        t.setOnAction(e -> commit.run());
        t.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) {
                commit.run();
            }
        });
        return t;
    }

    private void showRows(MonitoringStatus s) {
        rows.getChildren().clear();
        recordInputs.clear();
        int month = vm.monthProperty().get();
        String[] heads = {Messages.text("monitoring.column.indicator"), Messages.text("monitoring.column.target"),
            Messages.text("monitoring.column.soFar", month), Messages.text("monitoring.column.expected"),
            Messages.text("monitoring.column.light"), Messages.text("monitoring.column.cause"),
            Messages.text("monitoring.column.causeText"), Messages.text("monitoring.column.likelihood"),
            Messages.text("monitoring.column.action")};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.setStyle("-fx-font-weight: bold;");
            h.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            rows.add(h, c, 0);
        }
        int r = 1;
        for (Indicator i : vm.indicators()) {
            IndicatorMonitoring rec = vm.record(i);
            IndicatorStatus st = s.indicator(i.id);
            Label light = new Label(st.light().chinese());
            light.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            light.setId("light-" + (r - 1));
            lightStyle(light, st.light());
            if (!st.reason().isEmpty()) {
                light.setTooltip(new javafx.scene.control.Tooltip(st.reason()));
            }
            ComboBox<DeviationKind> kind = new ComboBox<>();
            kind.getItems().add(null);
            kind.getItems().addAll(DeviationKind.values());
            kind.setConverter(converter(DeviationKind::chinese));
            kind.setValue(rec.deviationKinds.isEmpty() ? null : rec.deviationKinds.get(0));
            kind.valueProperty().addListener((o, a, b) -> vm.setCauseKind(i, b));
            ComboBox<Likelihood> likely = new ComboBox<>();
            likely.getItems().add(null);
            likely.getItems().addAll(Likelihood.values());
            likely.setConverter(converter(Likelihood::chinese));
            likely.setValue(rec.likelihood);
            likely.setId("likelihood-" + (r - 1));
            likely.valueProperty().addListener((o, a, b) -> vm.setLikelihood(i, b));
            Label name = new Label(i.name);
            name.setMinWidth(Math.min(160, name.prefWidth(-1)));
            name.setTooltip(new javafx.scene.control.Tooltip(i.name));
            Label target = new Label(i.target);
            target.setTooltip(new javafx.scene.control.Tooltip(i.target));
            TextField soFar = textField("soFar-" + (r - 1), i, MonitoringViewModel.RecordField.DONE_SO_FAR, heads[2], 8);
            TextField expected = textField("expected-" + (r - 1), i, MonitoringViewModel.RecordField.EXPECTED, heads[3], 8);
            TextField causeText = textField("causeText-" + (r - 1), i, MonitoringViewModel.RecordField.CAUSE_TEXT, heads[6], 14);
            TextField action = textField("action-" + (r - 1), i, MonitoringViewModel.RecordField.CORRECTIVE_ACTION, heads[8], 16);
            // by the indicator record's field names, as a finding names them
            FieldPath.tag(soFar, "doneSoFar");
            FieldPath.tag(expected, "expected");
            FieldPath.tag(kind, "deviationKinds");
            FieldPath.tag(causeText, "deviationText");
            FieldPath.tag(likely, "likelihood");
            FieldPath.tag(action, "correctiveAction");
            recordInputs.put(i.id + "/doneSoFar", soFar);
            recordInputs.put(i.id + "/expected", expected);
            recordInputs.put(i.id + "/deviationKinds", kind);
            recordInputs.put(i.id + "/deviationText", causeText);
            recordInputs.put(i.id + "/likelihood", likely);
            recordInputs.put(i.id + "/correctiveAction", action);
            rows.addRow(r, name, target, soFar, expected, light, kind, causeText, likely, action);
            r++;
        }
    }

    private TextField textField(String id, Indicator i, MonitoringViewModel.RecordField f, String label, int columns) {
        TextField t = new TextField(vm.text(i, f));
        t.setId(id);
        t.setPrefColumnCount(columns);
        Runnable commit = () -> vm.setText(i, f, label, t.getText());
        t.setOnAction(e -> commit.run());
        t.focusedProperty().addListener((o, was, is) -> {
            if (was && !is && !refreshing) {
                commit.run();
            }
        });
        return t;
    }

    private static <T> javafx.util.StringConverter<T> converter(Function<T, String> text) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : text.apply(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** The light's colour, shown with its name so that it is not colour alone. */
    static void lightStyle(Label l, Light light) {
        String colour = switch (light) {
            case GREEN -> "#2e7d32";
            case YELLOW -> "#b8860b";
            case RED -> "#c62828";
            case NONE -> "#777777";
        };
        l.setStyle("-fx-text-fill: " + colour + "; -fx-font-weight: bold;");
    }
}
