package cn.jixiao.app.monitoring;

import cn.jixiao.app.text.Messages;
import cn.jixiao.documents.DocumentExporter;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.DeviationKind;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.IndicatorMonitoring;
import cn.jixiao.domain.Likelihood;
import cn.jixiao.domain.MoneyText;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.Edit;
import cn.jixiao.editing.FieldEdit;
import cn.jixiao.monitoring.MonitoringEdits;
import cn.jixiao.monitoring.MonitoringLights;
import cn.jixiao.monitoring.MonitoringStatus;
import cn.jixiao.monitoring.Monitorings;
import cn.jixiao.monitoring.StartMonitoring;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * 绩效运行监控 of one project, or of the year's 部门整体: its periods, the one shown, its lights and
 * the edits the page makes. Every change goes through {@code perform} (saved at once, on the
 * window's undo stack); {@code changes} ticks after every edit, undo and redo.
 */
public final class MonitoringViewModel {
    /** The period's money fields, typed in 万元. */
    public enum AmountField { ADJUSTED_BUDGET, EXECUTED, EXPECTED_EXECUTED }

    /** The text fields of an indicator's record. */
    public enum RecordField { DONE_SO_FAR, EXPECTED, CAUSE_TEXT, CORRECTIVE_ACTION }

    private final Consumer<Edit> perform;
    private final ObservableValue<?> changes;
    private final Unit unit;
    private final FiscalYear year;
    private final Project project;
    private final IntegerProperty month = new SimpleIntegerProperty();

    public MonitoringViewModel(Consumer<Edit> perform, ObservableValue<?> changes, Unit unit, FiscalYear year, Project project) {
        this.perform = perform;
        this.changes = changes;
        this.unit = unit;
        this.year = year;
        this.project = project;
        month.set(year.latestMonitoring(projectId()).map(m -> m.month).orElse(0));
    }

    private String projectId() {
        return project == null ? "" : project.id;
    }

    public ObservableValue<?> changes() {
        return changes;
    }

    /** The month of the period shown; 0 while none is started. */
    public IntegerProperty monthProperty() {
        return month;
    }

    public String title() {
        String name = project == null ? Monitorings.OVERALL_NAME : project.name;
        return Messages.text("monitoring.title", name, year.year);
    }

    /** The months of the periods started, in order. */
    public List<Integer> months() {
        return year.monitorings.stream().filter(m -> m.projectId.equals(projectId())).map(m -> m.month).sorted().toList();
    }

    public Optional<Monitoring> current() {
        return year.monitoring(projectId(), month.get());
    }

    /** 开始监控 for the period 截至 {@code m} 月; the page then shows it. */
    public void start(int m) {
        perform.accept(project == null ? StartMonitoring.overall(year, m) : StartMonitoring.of(year, project, m));
        month.set(m);
    }

    public List<Indicator> indicators() {
        return project == null ? year.overall.indicators : project.indicators;
    }

    public MonitoringStatus status() {
        return MonitoringLights.status(current().orElseThrow(), indicators(), unit.monitoringRules());
    }

    public Amount amount(AmountField f) {
        Monitoring m = current().orElseThrow();
        return amountGetter(f).apply(m);
    }

    /** Sets a money field from what the clerk typed; the message when it is not an amount. */
    public Optional<String> setAmount(AmountField f, String label, String typed) {
        MoneyText.Result r = MoneyText.parseInput(label, typed);
        if (!r.ok()) {
            return Optional.of(r.error());
        }
        Function<Monitoring, Amount> get = amountGetter(f);
        BiConsumer<Monitoring, Amount> set = switch (f) {
            case ADJUSTED_BUDGET -> (m, v) -> m.funds.adjustedBudget = v;
            case EXECUTED -> (m, v) -> m.funds.executed = v;
            case EXPECTED_EXECUTED -> (m, v) -> m.expectedExecuted = v;
        };
        submit(MonitoringEdits.field(label, year, current().orElseThrow(), get, set, r.amount()));
        return Optional.empty();
    }

    /** 执行率 as the clerk states it on the form (printed in place of the computed one when given). */
    public String statedExecutionRate() {
        return current().map(m -> m.funds.statedExecutionRate).orElse("");
    }

    public void setStatedExecutionRate(String label, String typed) {
        submit(MonitoringEdits.field(label, year, current().orElseThrow(), m -> m.funds.statedExecutionRate,
                (m, v) -> m.funds.statedExecutionRate = v, typed == null ? "" : typed.strip()));
    }

    private static Function<Monitoring, Amount> amountGetter(AmountField f) {
        return switch (f) {
            case ADJUSTED_BUDGET -> m -> m.funds.adjustedBudget;
            case EXECUTED -> m -> m.funds.executed;
            case EXPECTED_EXECUTED -> m -> m.expectedExecuted;
        };
    }

    public IndicatorMonitoring record(Indicator i) {
        return current().orElseThrow().indicator(i.id).orElse(new IndicatorMonitoring(i.id));
    }

    public String text(Indicator i, RecordField f) {
        return textGetter(f).apply(record(i));
    }

    public void setText(Indicator i, RecordField f, String label, String typed) {
        BiConsumer<IndicatorMonitoring, String> set = switch (f) {
            case DONE_SO_FAR -> (r, v) -> r.doneSoFar = v;
            case EXPECTED -> (r, v) -> r.expected = v;
            case CAUSE_TEXT -> (r, v) -> r.deviationText = v;
            case CORRECTIVE_ACTION -> (r, v) -> r.correctiveAction = v;
        };
        submit(MonitoringEdits.indicatorField(label, year, current().orElseThrow(), i.id, textGetter(f), set,
                typed == null ? "" : typed.strip()));
    }

    private static Function<IndicatorMonitoring, String> textGetter(RecordField f) {
        return switch (f) {
            case DONE_SO_FAR -> r -> r.doneSoFar;
            case EXPECTED -> r -> r.expected;
            case CAUSE_TEXT -> r -> r.deviationText;
            case CORRECTIVE_ACTION -> r -> r.correctiveAction;
        };
    }

    /** The one 偏差原因 kind the page offers to pick (the form ticks one or more; the page keeps the first). */
    public void setCauseKind(Indicator i, DeviationKind kind) {
        List<DeviationKind> value = kind == null ? List.of() : List.of(kind);
        submit(MonitoringEdits.indicatorField(Messages.text("monitoring.column.cause"), year, current().orElseThrow(), i.id,
                r -> List.copyOf(r.deviationKinds), (r, v) -> r.deviationKinds = new java.util.ArrayList<>(v), value));
    }

    public void setLikelihood(Indicator i, Likelihood l) {
        submit(MonitoringEdits.indicatorField(Messages.text("monitoring.column.likelihood"), year, current().orElseThrow(), i.id,
                r -> r.likelihood, (r, v) -> r.likelihood = v, l));
    }

    private void submit(FieldEdit<?> e) {
        if (e.changesAnything()) {
            perform.accept(e);
        }
    }

    /** Writes this page's form (项目支出绩效运行监控表, or the 部门整体's) for the period shown into {@code dir}. */
    public List<Path> export(Path dir) throws IOException {
        String form = project == null ? "overall-monitoring" : "monitoring";
        List<String> names = project == null ? List.of() : List.of(project.name);
        return DocumentExporter.export(unit, new DocumentExporter.Request(year.year, form, null, names,
                DocumentExporter.Format.DOCX, dir, false, month.get()), DocumentExporter.Progress.NONE);
    }
}
