package cn.jixiao.app.selfevaluation;

import cn.jixiao.app.Messages;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.NumberText;
import cn.jixiao.domain.MoneyText;
import cn.jixiao.domain.Project;
import cn.jixiao.editing.Edit;
import cn.jixiao.editing.Edits;
import cn.jixiao.editing.FieldEdit;
import cn.jixiao.scoring.ScoreResult;
import cn.jixiao.scoring.ScoringEngine;
import cn.jixiao.selfevaluation.OverallDefaultWeights;
import cn.jixiao.selfevaluation.ScoreOverride;
import cn.jixiao.selfevaluation.ScoreSheet;
import cn.jixiao.selfevaluation.StartSelfEvaluation;
import cn.jixiao.store.UnitFile;
import javafx.beans.value.ObservableValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The self-evaluation of one project, or the 部门整体 one of a year: what the score grid shows
 * and the edits it makes. Every change goes through {@code perform} (saved at once, on the
 * window's one undo stack); {@code changes} ticks after every edit, undo and redo.
 */
public final class SelfEvaluationViewModel {
    private final Consumer<Edit> perform;
    private final ObservableValue<?> changes;
    private final FiscalYear year;
    private final Project project;

    private SelfEvaluationViewModel(Consumer<Edit> perform, ObservableValue<?> changes, FiscalYear year, Project project) {
        this.perform = perform;
        this.changes = changes;
        this.year = year;
        this.project = project;
    }

    public static SelfEvaluationViewModel forProject(Consumer<Edit> perform, ObservableValue<?> changes, FiscalYear year, Project project) {
        return new SelfEvaluationViewModel(perform, changes, year, project);
    }

    public static SelfEvaluationViewModel forOverall(Consumer<Edit> perform, ObservableValue<?> changes, FiscalYear year) {
        return new SelfEvaluationViewModel(perform, changes, year, null);
    }

    /** The year's latest 绩效运行监控 of this project (or 部门整体), whose 全年预计 the page shows beside what the clerk fills. */
    public Optional<cn.jixiao.domain.Monitoring> monitoring() {
        return year.latestMonitoring(isOverall() ? "" : project.id);
    }

    /** The indicator's 全年预计完成情况 in that monitoring; empty when none. */
    public String monitoringExpected(Indicator i) {
        return monitoring().flatMap(m -> m.indicator(i.id)).map(r -> r.expected).orElse("");
    }

    /** '运行监控（1—6月）全年预计执行数：35万元', to read beside the funds the clerk fills. */
    public Optional<String> monitoringFundsHint() {
        return monitoring().map(m -> Messages.text("selfEvaluation.monitoringHint", m.month,
                m.expectedExecuted.isEmpty() ? "—" : m.expectedExecuted.text()));
    }

    public ObservableValue<?> changes() {
        return changes;
    }

    public boolean isOverall() {
        return project == null;
    }

    public String title() {
        return isOverall() ? Messages.text("selfEvaluationViewModel.text.overallTitle", year.year) : Messages.text("selfEvaluationViewModel.text.projectTitle", project.name, year.year);
    }

    /** Only a project's self-evaluation is started from its declaration; 部门整体 is always open. */
    public boolean needsStart() {
        return !isOverall() && !project.selfEvaluation.started;
    }

    public void start() {
        perform.accept(StartSelfEvaluation.of(year, project));
    }

    /** 部门整体 whose indicators have no 分值 yet can take the default ones in one step. */
    public boolean canFillDefaultWeights() {
        return isOverall() && OverallDefaultWeights.applicable(year);
    }

    public void fillDefaultWeights() {
        perform.accept(OverallDefaultWeights.of(year));
    }

    public ScoreSheet sheet() {
        return isOverall() ? ScoreSheet.of(year.overall) : ScoreSheet.of(project);
    }

    private List<Indicator> indicators() {
        return isOverall() ? year.overall.indicators : project.indicators;
    }

    private String owner() {
        return isOverall() ? UnitFile.overallOwner(year.year) : project.id;
    }

    // --- indicator cells -------------------------------------------------------------------

    public void setActual(Indicator i, String text) {
        field(Messages.text("selfEvaluationViewModel.text.actual"), i, x -> x.actual, (x, v) -> x.actual = v, clean(text));
    }

    /** 分值: a whole or decimal number, or empty; anything else is refused with the message. */
    public Optional<String> setWeight(Indicator i, String text) {
        String v = NumberText.folded(clean(text));
        if (!NumberText.blankOrNonNegative(v)) {
            return Optional.of(Messages.text("selfEvaluationViewModel.text.weightNotANumber", text.strip()));
        }
        field(Messages.text("selfEvaluationViewModel.text.weight"), i, x -> x.weight, (x, w) -> x.weight = w, v);
        return Optional.empty();
    }

    public void setCause(Indicator i, String text) {
        field(Messages.text("selfEvaluationViewModel.text.deviationCause"), i, x -> x.deviationCause, (x, v) -> x.deviationCause = v, clean(text));
    }

    /** 评价档次 of a qualitative row: 达成 / 部分达成 / 未达成, or "" to judge from the 实际完成值. */
    public void setTier(Indicator i, String tier) {
        field(Messages.text("selfEvaluationViewModel.text.tier"), i, x -> x.tier, (x, v) -> x.tier = v, tier == null ? "" : tier);
    }

    public Optional<String> scoreProblem(Indicator i, String typed, String reason) {
        return ScoreOverride.problem(i, typed, reason);
    }

    public void overrule(Indicator i, String typed, String reason) {
        perform.accept(ScoreOverride.manual(owner(), indicators(), i, typed, reason));
    }

    public void restoreAutomatic(Indicator i) {
        if (hasOwnScore(i)) {
            perform.accept(ScoreOverride.automatic(owner(), indicators(), i));
        }
    }

    /**
     * True when the indicator holds a score of its own (typed by hand, or stated on its form) that
     * 恢复自动计分 would drop for the computed one.
     */
    public static boolean hasOwnScore(Indicator i) {
        return i.scoreManual || !i.score.isBlank();
    }

    /** The awarded score as the grid writes it: '✎ 8.00' when set by hand, '—' when there is none. */
    public static String scoreText(ScoreResult r) {
        if (r.awarded().isEmpty()) {
            return "—";
        }
        String s = r.awarded().get().setScale(2, RoundingMode.HALF_UP).toPlainString();
        return r.manual() ? "✎ " + s : s;
    }

    /** A typed score the same as the one shown is no change (an edit opened and left). */
    public static boolean sameScore(ScoreResult r, String typed) {
        Optional<BigDecimal> t = NumberText.nonNegative(typed.replace("✎", ""));
        return r.awarded().isPresent() && t.isPresent() && t.get().compareTo(r.awarded().get()) == 0;
    }

    private void field(String label, Indicator i, Function<Indicator, String> getter, BiConsumer<Indicator, String> setter, String value) {
        FieldEdit<String> e = Edits.indicatorField(label, owner(), indicators(), i, getter, setter, value);
        if (e.changesAnything()) {
            perform.accept(e);
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    // --- funds row -------------------------------------------------------------------------

    /** One money cell of the funds row: its label, current text, and whether the clerk edits it here. */
    public record MoneyField(String label, Amount value, boolean editable) {
    }

    public List<MoneyField> moneyFields() {
        if (isOverall()) {
            return List.of(new MoneyField(Messages.text("selfEvaluationViewModel.text.fundsTotal"), year.overall.statedTotal, false),
                    new MoneyField(Messages.text("selfEvaluationViewModel.text.overallExecuted"), year.overall.executed, true));
        }
        FundsExecution f = project.selfEvaluation.funds;
        return List.of(new MoneyField(Messages.text("selfEvaluationViewModel.text.initialBudget"), f.initialBudget, true), new MoneyField(Messages.text("selfEvaluationViewModel.text.adjustedBudget"), f.adjustedBudget, true),
                new MoneyField(Messages.text("selfEvaluationViewModel.text.executed"), f.executed, true));
    }

    /** Sets a money cell from what was typed; the message names the field when the text is no amount. */
    public Optional<String> setMoney(String label, String typed) {
        MoneyText.Result r = MoneyText.parseInput(label, typed);
        if (!r.ok()) {
            return Optional.of(r.error());
        }
        Amount a = r.amount();
        // The label is the bundle's text, so the money cell is recognised by it rather than by a constant.
        FieldEdit<Amount> e;
        if (label.equals(Messages.text("selfEvaluationViewModel.text.initialBudget"))) {
            e = fundsEdit(label, f -> f.initialBudget, (f, v) -> f.initialBudget = v, a);
        } else if (label.equals(Messages.text("selfEvaluationViewModel.text.adjustedBudget"))) {
            e = fundsEdit(label, f -> f.adjustedBudget, (f, v) -> f.adjustedBudget = v, a);
        } else if (label.equals(Messages.text("selfEvaluationViewModel.text.executed"))) {
            e = fundsEdit(label, f -> f.executed, (f, v) -> f.executed = v, a);
        } else if (label.equals(Messages.text("selfEvaluationViewModel.text.overallExecuted"))) {
            e = Edits.yearField(label, year, y -> y.overall.executed, (y, v) -> y.overall.executed = v, a);
        } else {
            throw new IllegalArgumentException(label);
        }
        if (e.changesAnything()) {
            perform.accept(e);
        }
        return Optional.empty();
    }

    private FieldEdit<Amount> fundsEdit(String label, Function<FundsExecution, Amount> get, BiConsumer<FundsExecution, Amount> set, Amount v) {
        return Edits.projectField(label, year, project, p -> get.apply(p.selfEvaluation.funds),
                (p, x) -> set.accept(p.selfEvaluation.funds, x), v);
    }

    public String fundsWeight() {
        String w = isOverall() ? year.overall.fundsWeight : project.selfEvaluation.funds.weight;
        return w.isBlank() ? ScoringEngine.DEFAULT_FUNDS_WEIGHT.toPlainString() : w;
    }

    public Optional<String> setFundsWeight(String typed) {
        String v = NumberText.folded(clean(typed));
        if (!NumberText.blankOrNonNegative(v)) {
            return Optional.of(Messages.text("selfEvaluationViewModel.text.fundsWeightNotANumber", typed.strip()));
        }
        FieldEdit<String> e = isOverall()
                ? Edits.yearField(Messages.text("selfEvaluationViewModel.text.fundsWeight"), year, y -> y.overall.fundsWeight, (y, x) -> y.overall.fundsWeight = x, v)
                : Edits.projectField(Messages.text("selfEvaluationViewModel.text.fundsWeight"), year, project, p -> p.selfEvaluation.funds.weight,
                (p, x) -> p.selfEvaluation.funds.weight = x, v);
        if (e.changesAnything()) {
            perform.accept(e);
        }
        return Optional.empty();
    }

    /** 执行率 as computed, '95.00%'; empty while a figure is missing. */
    public Optional<String> executionRate() {
        Optional<BigDecimal> rate = isOverall()
                ? year.overall.statedTotal.value().filter(v -> v.signum() > 0)
                .flatMap(b -> year.overall.executed.value().map(e -> e.divide(b, 6, RoundingMode.HALF_UP)))
                : project.selfEvaluation.funds.executionRate();
        return rate.map(r -> r.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%");
    }

    /** 执行率 as the form states it; empty when none is stated. */
    public String statedExecutionRate() {
        return (isOverall() ? year.overall.statedExecutionRate : project.selfEvaluation.funds.statedExecutionRate).strip();
    }

    // --- 年度总体目标 ------------------------------------------------------------------------

    public String expectedOutcome() {
        return isOverall() ? String.join("\n", year.overall.goals) : project.selfEvaluation.expectedOutcome;
    }

    public String actualOutcome() {
        return isOverall() ? "" : project.selfEvaluation.actualOutcome;
    }

    public void setActualOutcome(String text) {
        if (isOverall()) {
            return;
        }
        FieldEdit<String> e = Edits.projectField(Messages.text("selfEvaluationViewModel.text.actualOutcome"), year, project, p -> p.selfEvaluation.actualOutcome,
                (p, v) -> p.selfEvaluation.actualOutcome = v, text == null ? "" : text.strip());
        if (e.changesAnything()) {
            perform.accept(e);
        }
    }
}
