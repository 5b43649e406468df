package cn.jixiao.app.selfevaluation;

import cn.jixiao.app.text.Messages;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.NumberText;
import cn.jixiao.domain.MoneyText;
import cn.jixiao.domain.Percent;
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
        // scored in the year of the form, where a target's limit without a year ('年底前') ends
        int formYear = year == null ? ScoringEngine.YEAR_NOT_KNOWN : year.year;
        return isOverall() ? ScoreSheet.of(year.overall, formYear) : ScoreSheet.of(project, formYear);
    }

    private List<Indicator> indicators() {
        return isOverall() ? year.overall.indicators : project.indicators;
    }

    private String owner() {
        return isOverall() ? Edits.overallOwner(year) : project.id;
    }

    // --- indicator cells -------------------------------------------------------------------

    public void setActual(Indicator i, String text) {
        field(Messages.text("selfEvaluationViewModel.text.actual"), i, x -> x.selfEvaluation.actual, (x, v) -> x.selfEvaluation.actual = v, clean(text));
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
        field(Messages.text("selfEvaluationViewModel.text.deviationCause"), i, x -> x.selfEvaluation.deviationCause, (x, v) -> x.selfEvaluation.deviationCause = v, clean(text));
    }

    /** 评价档次 of a qualitative row: 达成 / 部分达成 / 未达成, or "" to judge from the 实际完成值. */
    public void setTier(Indicator i, String tier) {
        field(Messages.text("selfEvaluationViewModel.text.tier"), i, x -> x.selfEvaluation.tier, (x, v) -> x.selfEvaluation.tier = v, tier == null ? "" : tier);
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
        return i.selfEvaluation.scoreManual || !i.selfEvaluation.score.isBlank();
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
            return List.of(new MoneyField(Messages.text("selfEvaluationViewModel.text.fundsTotal"), year.overall.budget(), false),
                    new MoneyField(Messages.text("selfEvaluationViewModel.text.overallExecuted"), year.overall.selfEvaluation.funds.executed, true));
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
            e = Edits.yearField(label, year, y -> y.overall.selfEvaluation.funds.executed, (y, v) -> y.overall.selfEvaluation.funds.executed = v, a);
        } else {
            throw new IllegalArgumentException(label);
        }
        if (e.changesAnything()) {
            perform.accept(e);
        }
        return Optional.empty();
    }

    /**
     * A field the project's 自评表 prints as the clerk states it: the funds by source (其中：当年财政拨款,
     * 上年结转资金, 其他资金), the stated 执行率, 得分, 分值合计 and 总分, and the signature line.
     *
     * @param path the field's path in the unit document, as a review finding names it
     */
    public record StatedField(String path, String label, boolean amount, Function<Project, String> get, BiConsumer<Project, String> set) {
    }

    /** The project's stated fields, in the order the form prints them; none for the 部门整体 (its editor has them). */
    public List<StatedField> statedFields() {
        if (isOverall()) {
            return List.of();
        }
        String initial = Messages.text("fundsBlock.text.initialBudget");
        String adjusted = Messages.text("fundsBlock.text.adjustedBudget");
        String executed = Messages.text("fundsBlock.text.executed");
        String fiscal = Messages.text("selfEvaluation.fiscal");
        String carryOver = Messages.text("selfEvaluation.carryOver");
        String other = Messages.text("selfEvaluation.other");
        return List.of(
                money("fiscalInitial", fiscal + initial, f -> f.fiscalInitial, (f, v) -> f.fiscalInitial = v),
                money("fiscalAdjusted", fiscal + adjusted, f -> f.fiscalAdjusted, (f, v) -> f.fiscalAdjusted = v),
                money("fiscalExecuted", fiscal + executed, f -> f.fiscalExecuted, (f, v) -> f.fiscalExecuted = v),
                money("carryOverInitial", carryOver + initial, f -> f.carryOverInitial, (f, v) -> f.carryOverInitial = v),
                money("carryOverAdjusted", carryOver + adjusted, f -> f.carryOverAdjusted, (f, v) -> f.carryOverAdjusted = v),
                money("carryOverExecuted", carryOver + executed, f -> f.carryOverExecuted, (f, v) -> f.carryOverExecuted = v),
                money("otherInitial", other + initial, f -> f.otherInitial, (f, v) -> f.otherInitial = v),
                money("otherAdjusted", other + adjusted, f -> f.otherAdjusted, (f, v) -> f.otherAdjusted = v),
                money("otherExecuted", other + executed, f -> f.otherExecuted, (f, v) -> f.otherExecuted = v),
                new StatedField("selfEvaluation.funds.statedExecutionRate", Messages.text("selfEvaluation.statedExecutionRate"), false,
                        p -> p.selfEvaluation.funds.statedExecutionRate, (p, v) -> p.selfEvaluation.funds.statedExecutionRate = v),
                new StatedField("selfEvaluation.funds.statedScore", Messages.text("selfEvaluation.statedScore"), false,
                        p -> p.selfEvaluation.funds.statedScore, (p, v) -> p.selfEvaluation.funds.statedScore = v),
                new StatedField("selfEvaluation.statedWeightTotal", Messages.text("selfEvaluation.statedWeightTotal"), false,
                        p -> p.selfEvaluation.statedWeightTotal, (p, v) -> p.selfEvaluation.statedWeightTotal = v),
                new StatedField("selfEvaluation.statedTotalScore", Messages.text("selfEvaluation.statedTotalScore"), false,
                        p -> p.selfEvaluation.statedTotalScore, (p, v) -> p.selfEvaluation.statedTotalScore = v),
                new StatedField("selfEvaluation.signature.preparer", Messages.text("signature.preparer"), false,
                        p -> p.selfEvaluation.signature.preparer, (p, v) -> p.selfEvaluation.signature.preparer = v),
                new StatedField("selfEvaluation.signature.date", Messages.text("signature.date"), false,
                        p -> p.selfEvaluation.signature.date, (p, v) -> p.selfEvaluation.signature.date = v),
                new StatedField("selfEvaluation.signature.phone", Messages.text("signature.phone"), false,
                        p -> p.selfEvaluation.signature.phone, (p, v) -> p.selfEvaluation.signature.phone = v),
                new StatedField("selfEvaluation.signature.head", Messages.text("signature.head"), false,
                        p -> p.selfEvaluation.signature.head, (p, v) -> p.selfEvaluation.signature.head = v));
    }

    private static StatedField money(String key, String label, Function<FundsExecution, Amount> get, BiConsumer<FundsExecution, Amount> set) {
        return new StatedField("selfEvaluation.funds." + key, label, true, p -> get.apply(p.selfEvaluation.funds).text(),
                (p, v) -> set.accept(p.selfEvaluation.funds, Amount.of(v)));
    }

    public String text(StatedField f) {
        return f.get().apply(project);
    }

    /** Saves what was typed as one edit; an amount that is no amount is refused with the field named. */
    public Optional<String> set(StatedField f, String typed) {
        String value = typed == null ? "" : typed.strip();
        if (f.amount()) {
            MoneyText.Result r = MoneyText.parseInput(f.label(), value);
            if (!r.ok()) {
                return Optional.of(r.error());
            }
            value = r.amount().text();
        }
        FieldEdit<String> e = Edits.projectField(f.label(), year, project, f.get(), f.set(), value);
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
        String w = isOverall() ? year.overall.selfEvaluation.funds.weight : project.selfEvaluation.funds.weight;
        return w.isBlank() ? ScoringEngine.DEFAULT_FUNDS_WEIGHT.toPlainString() : w;
    }

    public Optional<String> setFundsWeight(String typed) {
        String v = NumberText.folded(clean(typed));
        if (!NumberText.blankOrNonNegative(v)) {
            return Optional.of(Messages.text("selfEvaluationViewModel.text.fundsWeightNotANumber", typed.strip()));
        }
        FieldEdit<String> e = isOverall()
                ? Edits.yearField(Messages.text("selfEvaluationViewModel.text.fundsWeight"), year, y -> y.overall.selfEvaluation.funds.weight, (y, x) -> y.overall.selfEvaluation.funds.weight = x, v)
                : Edits.projectField(Messages.text("selfEvaluationViewModel.text.fundsWeight"), year, project, p -> p.selfEvaluation.funds.weight,
                (p, x) -> p.selfEvaluation.funds.weight = x, v);
        if (e.changesAnything()) {
            perform.accept(e);
        }
        return Optional.empty();
    }

    /** 执行率 as computed and written by the one rule ({@link Percent}), '99.99%'; empty while a figure is missing. */
    public Optional<String> executionRate() {
        Optional<BigDecimal> rate = isOverall() ? year.overall.executionRate() : project.selfEvaluation.funds.executionRate();
        return rate.map(Percent::of);
    }

    /** 执行率 as the form states it; empty when none is stated. */
    public String statedExecutionRate() {
        return (isOverall() ? year.overall.selfEvaluation.funds.statedExecutionRate : project.selfEvaluation.funds.statedExecutionRate).strip();
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

    /** 预期目标 as the 自评表 prints it: copied from the 年度绩效目标 when the self-evaluation starts, the clerk's to change. */
    public void setExpectedOutcome(String text) {
        if (isOverall()) {
            return;
        }
        FieldEdit<String> e = Edits.projectField(Messages.text("selfEvaluation.expectedOutcome"), year, project, p -> p.selfEvaluation.expectedOutcome,
                (p, v) -> p.selfEvaluation.expectedOutcome = v, text == null ? "" : text.strip());
        if (e.changesAnything()) {
            perform.accept(e);
        }
    }

    /** The 分值 the 自评表 writes beside each 一级 label ('产出指标（50分）'); none for the 部门整体 (its editor has them). */
    public List<cn.jixiao.domain.CategoryWeight> categoryWeights() {
        return isOverall() ? List.of() : project.categoryWeights;
    }

    /** Sets the 分值 of the k-th 一级 as one edit. */
    public void setCategoryWeight(int k, String typed) {
        String category = project.categoryWeights.get(k).category;
        FieldEdit<String> e = Edits.projectField(Messages.text("selfEvaluation.categoryWeight", category), year, project,
                p -> p.categoryWeights.get(k).weight, (p, v) -> p.categoryWeights.get(k).weight = v, typed == null ? "" : typed.strip());
        if (e.changesAnything()) {
            perform.accept(e);
        }
    }
}
