package cn.jixiao.scoring;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.NumberText;
import cn.jixiao.domain.Percent;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.scoring.Measure.Outcome;
import cn.jixiao.target.TargetComparator;
import cn.jixiao.target.TargetKind;
import cn.jixiao.target.TargetParser;
import cn.jixiao.target.TargetValue;
import cn.jixiao.target.TextFold;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores a self-evaluation: each indicator by its written 评(扣)分标准 when one is recognised,
 * else by the default rule for its target; the funds row by 执行率 × 分值; the total and its grade.
 * A score typed by hand ({@link cn.jixiao.domain.IndicatorSelfEvaluation#scoreManual}) is kept and marked as such.
 */
public final class ScoringEngine {
    /** 分值 of the funds row when the form does not state one. */
    public static final BigDecimal DEFAULT_FUNDS_WEIGHT = BigDecimal.TEN;
    /** A number with its sign ('-3' is minus three, not three); a dash after a digit joins a range. */
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoringEngine() {
    }

    /**
     * The score of an indicator standing in no form ({@code score-indicator}, a probe): a limit
     * written without a year ('年底前') is taken in the year the work was done. An indicator of a
     * year's form is scored by {@link #score(Indicator, int)}.
     */
    public static ScoreResult score(Indicator indicator) {
        return score(indicator, YEAR_NOT_KNOWN);
    }

    /** For {@link #score(Indicator, int)}: the form's year is not known. */
    public static final int YEAR_NOT_KNOWN = 0;

    /**
     * The score of an indicator of the form of {@code year} (年度, {@link cn.jixiao.domain.FiscalYear#year}):
     * a limit written without one ('年底前', '12月底前完成', '1-12月') ends in that year, so work done
     * in January of the next year is late.
     */
    public static ScoreResult score(Indicator indicator, int year) {
        List<String> warnings = new ArrayList<>();
        if (tooLong(indicator.target, indicator.selfEvaluation.actual, indicator.scoringRule, indicator.comparator, indicator.unitOfMeasure, indicator.selfEvaluation.tier)) {
            // a pasted document is no cell: reading it as a target or a rule would take minutes, and review scores every row
            return new ScoreResult(null, number(indicator.weight).orElse(null), RuleKind.NONE,
                    "指标值、实际完成值或评(扣)分标准超过" + LONGEST_CELL + "字，不像一个单元格的内容，无法计分", false,
                    indicator.selfEvaluation.scoreManual ? null : number(indicator.selfEvaluation.score).orElse(null), warnings);
        }
        TargetValue target = target(indicator, year);
        ScoringRule fallback = defaultRule(target);
        Optional<BigDecimal> typedWeight = number(indicator.weight);
        WrittenRules.Recognition written = indicator.scoringRule.isBlank() ? null
                : WrittenRules.recognise(indicator.scoringRule, fallback, typedWeight.orElse(null));
        if (typedWeight.isPresent() && typedWeight.get().signum() < 0) {
            return new ScoreResult(null, null, RuleKind.NONE, "分值“" + indicator.weight.strip() + "”是负数，无法计分，请填写不小于零的分值",
                    false, null, warnings);
        }
        BigDecimal weight = typedWeight.orElse(null);
        if (written != null && written.statedWeight().isPresent()) {
            BigDecimal w = written.statedWeight().get();
            if (weight == null) {
                weight = w;
                warnings.add("分值未填写，按评分标准所写" + Measure.num(w) + "分计");
            } else if (w.compareTo(weight) != 0) {
                warnings.add("评分标准写明分值" + Measure.num(w) + "分，与填写的分值" + Measure.num(weight) + "分不符，按填写的分值计");
            }
        }
        BigDecimal stated = indicator.selfEvaluation.scoreManual ? null : number(indicator.selfEvaluation.score).orElse(null);
        if (weight == null) {
            return new ScoreResult(null, null, RuleKind.NONE, "缺少分值，无法计分", false, stated, warnings);
        }
        if (indicator.selfEvaluation.scoreManual && !indicator.selfEvaluation.score.isBlank()) {
            return manual(indicator, weight, warnings);
        }
        ScoringRule rule = fallback;
        String prefix = "";
        if (written != null) {
            warnings.addAll(written.remarks());
            if (written.rule().isPresent()) {
                rule = written.rule().get();
            } else {
                String note = "未能识别评(扣)分标准“" + indicator.scoringRule.strip() + "”，按默认规则计分";
                warnings.add(note);
                prefix = note + "。";
            }
        }
        Tier chosen = null;
        if (!indicator.selfEvaluation.tier.isBlank()) {
            chosen = Tier.of(indicator.selfEvaluation.tier).orElse(null);
            if (chosen == null) {
                warnings.add("评价档次“" + indicator.selfEvaluation.tier + "”无法识别，应为达成、部分达成或未达成");
            }
        }
        Measure m = new Measure(target, ActualValue.read(indicator.selfEvaluation.actual, target), weight, chosen);
        Outcome o = rule.apply(m);
        RuleKind kind = rule.kind();
        if (o.score() == null && (chosen != null || m.actual().form() == ActualValue.Form.TIER)) {
            Tier t = chosen != null ? chosen : m.actual().tier();
            o = m.byTier(t, chosen != null ? "所选" : m.actual().tierSource() + "对应");
            kind = RuleKind.QUALITATIVE;
        }
        if (o.score() == null) {
            return new ScoreResult(null, weight, RuleKind.NONE, prefix + kind.chinese() + "：" + o.explanation(),
                    false, stated, warnings);
        }
        BigDecimal score = bounded(o.score(), weight);
        // the words of a worded actual that decided the tier, unless the clerk's own choice did
        String decidedBy = chosen == null && m.actual().form() == ActualValue.Form.TIER ? m.actual().tierWords() : "";
        return new ScoreResult(score, weight, kind, prefix + kind.chinese() + "：" + o.explanation(), false,
                stated, warnings, decidedBy);
    }

    /** The funds row of a project's self-evaluation: 执行率 (全年执行数 ÷ 全年预算数) × 分值, at most the 分值. */
    public static ScoreResult scoreFunds(FundsExecution funds) {
        Amount budget = funds.rateBase();
        String budgetName = funds.rateBaseIsAdjusted() || funds.initialBudget.value().isEmpty() ? "全年预算数" : "年初预算数";
        List<String> warnings = new ArrayList<>();
        Optional<BigDecimal> rate = funds.executionRate();
        // Forms often divide by 年初预算数; name that when it explains a stated rate.
        Optional<BigDecimal> byInitial = funds.rateBaseIsAdjusted() ? funds.rateByInitialBudget() : Optional.empty();
        rate.ifPresent(r -> statedRateWarning(funds.statedExecutionRate, r, "全年执行数÷" + budgetName, byInitial.orElse(null), warnings));
        return fundsRow(rate, budget, budgetName, funds.executed, funds.weight, funds.statedScore, warnings);
    }

    /** The funds row of a 部门整体 self-evaluation: 执行数 ÷ 资金总额 (年度预算, {@link UnitOverall#budget()}) × 分值. */
    public static ScoreResult scoreFunds(UnitOverall overall) {
        List<String> warnings = new ArrayList<>();
        Optional<BigDecimal> rate = overall.executionRate();
        rate.ifPresent(r -> statedRateWarning(overall.selfEvaluation.funds.statedExecutionRate, r, "执行数÷资金总额", null, warnings));
        return fundsRow(rate, overall.budget(), "资金总额", overall.selfEvaluation.funds.executed, overall.selfEvaluation.funds.weight, overall.selfEvaluation.funds.statedScore, warnings);
    }

    /**
     * 资金得分, the one rule: the 执行率 as shown (percentage points, two decimals cut, {@link Percent})
     * × 分值, at most the 分值 (over 100% still scores in full), two decimals rounded half up. The
     * printed 执行率 × 分值 thus gives the printed 得分.
     */
    public static BigDecimal fundsScore(BigDecimal rate, BigDecimal weight) {
        BigDecimal shown = Percent.points(rate).divide(HUNDRED);
        return bounded(weight.multiply(shown), weight);
    }

    /** The funds row's 分值 as typed, or {@link #DEFAULT_FUNDS_WEIGHT} when none (or none readable) is. */
    public static BigDecimal fundsWeight(String typed) {
        return number(typed).filter(w -> w.signum() >= 0).orElse(DEFAULT_FUNDS_WEIGHT);
    }

    /** 总分 of a project's self-evaluation of {@code year}: its indicators plus the funds row. */
    public static ProjectScore total(Project project, int year) {
        return total(project.indicators, scoreFunds(project.selfEvaluation.funds), project.selfEvaluation.statedTotalScore, year);
    }

    /** 总分 of the 部门整体 self-evaluation of {@code year}. */
    public static ProjectScore total(UnitOverall overall, int year) {
        return total(overall.indicators, scoreFunds(overall), overall.selfEvaluation.statedTotalScore, year);
    }

    private static ProjectScore total(List<Indicator> indicators, ScoreResult funds, String statedTotal, int year) {
        List<ScoreResult> results = indicators.stream().map(i -> score(i, year)).toList();
        boolean complete = funds.awarded().isPresent() && results.stream().allMatch(r -> r.awarded().isPresent());
        BigDecimal total = null;
        if (complete) {
            total = funds.awarded().get();
            for (ScoreResult r : results) {
                total = total.add(r.awarded().get());
            }
            total = total.setScale(2, RoundingMode.HALF_UP);
        }
        return new ProjectScore(results, funds, total, number(statedTotal).orElse(null));
    }

    /**
     * The indicator's target as the engine reads it in the form of {@code year} ({@link #target(Indicator)}),
     * a limit without a year put in that year.
     */
    public static TargetValue target(Indicator indicator, int year) {
        TargetValue t = target(indicator);
        return year > YEAR_NOT_KNOWN ? t.inYear(year) : t;
    }

    /**
     * The indicator's target as the engine reads it: the 度量单位 column fills in a missing unit; a bare
     * quantity under 成本 is a ceiling, and so is a bare zero ('0起', '0'): none is what is asked.
     */
    public static TargetValue target(Indicator indicator) {
        TargetValue t = TargetParser.parse(indicator.target, indicator.comparator);
        String unit = TextFold.fold(indicator.unitOfMeasure);
        if (t.kind() == TargetKind.QUANTITATIVE && t.unit().isEmpty() && !unit.isEmpty() && !unit.equals("无")) {
            t = t.withUnit(unit);
        }
        boolean cost = (indicator.category + indicator.subcategory).contains("成本");
        if (cost && t.isRange()) {
            // a cost range ('20-30万元') is kept within its upper end
            return t.upperBound();
        }
        if (t.kind() == TargetKind.QUANTITATIVE && !t.comparatorWritten() && (cost || t.value().signum() == 0)) {
            return t.withAssumedComparator(TargetComparator.LE);
        }
        return t;
    }

    /** The common-practice rule for a target when no 评(扣)分标准 is written. */
    public static ScoringRule defaultRule(TargetValue target) {
        return switch (target.kind()) {
            case QUANTITATIVE -> target.comparator().isNegative() ? new ScoringRule.Cost()
                    : target.comparator() == TargetComparator.EQ && target.comparatorWritten()
                    ? new ScoringRule.Equal() : new ScoringRule.Proportional();
            case DATE -> new ScoringRule.Deadline();
            case QUALITATIVE -> target.budgetCeiling() ? new ScoringRule.Cost() : new ScoringRule.Qualitative();
        };
    }

    private static ScoreResult manual(Indicator indicator, BigDecimal weight, List<String> warnings) {
        Optional<BigDecimal> typed = number(indicator.selfEvaluation.score);
        if (typed.isEmpty()) {
            return new ScoreResult(null, weight, RuleKind.MANUAL, "手工评分“" + indicator.selfEvaluation.score + "”不是数字", true, null, warnings);
        }
        String reason = indicator.selfEvaluation.scoreReason.strip();
        if (reason.isEmpty()) {
            warnings.add("手工评分缺少理由，请填写手工评分理由");
        }
        BigDecimal score = typed.get();
        if (score.signum() < 0) {
            warnings.add("手工评分" + Measure.num(score) + "是负数，按0分计");
        }
        if (score.compareTo(weight) > 0) {
            warnings.add("手工评分" + Measure.num(score) + "高于分值" + Measure.num(weight) + "，按分值计");
        }
        score = bounded(score, weight);
        return new ScoreResult(score, weight, RuleKind.MANUAL,
                RuleKind.MANUAL.chinese() + "：" + (reason.isEmpty() ? "（未填写理由）" : reason), true,
                null, warnings);
    }

    private static ScoreResult fundsRow(Optional<BigDecimal> rate, Amount budget, String budgetName, Amount executed,
                                        String weightText, String statedScore, List<String> warnings) {
        BigDecimal weight = fundsWeight(weightText);
        BigDecimal stated = number(statedScore).orElse(null);
        if (rate.isEmpty()) {
            return new ScoreResult(null, weight, RuleKind.NONE, "缺少" + budgetName + "或全年执行数（或不是数字），无法计算执行率",
                    false, stated, warnings);
        }
        BigDecimal r = rate.get();
        BigDecimal score = fundsScore(r, weight);
        String how = "执行率=" + executed.text() + "÷" + budget.text() + "=" + Percent.of(r) + "，"
                + (r.compareTo(BigDecimal.ONE) >= 0 ? "执行率达到100%" + (r.compareTo(BigDecimal.ONE) > 0 ? "以上" : "")
                + "，得满分" + Measure.num(weight) : "得分=执行率×" + Measure.num(weight) + "=" + score.toPlainString());
        return new ScoreResult(score, weight, RuleKind.FUNDS, RuleKind.FUNDS.chinese() + "：" + how, false,
                stated, warnings);
    }

    private static void statedRateWarning(String statedText, BigDecimal computed, String how, BigDecimal byInitial, List<String> warnings) {
        String t = TextFold.fold(statedText);
        if (t.isEmpty()) {
            return;
        }
        Optional<BigDecimal> stated = Percent.stated(t);
        if (stated.isEmpty()) {
            warnings.add("填报的执行率“" + statedText.strip() + "”不是百分数");
            return;
        }
        if (Percent.agrees(stated.get(), computed)) {
            return;
        }
        String msg = "填报的执行率" + statedText.strip() + "与计算值" + Percent.of(computed) + "（" + how + "）不符";
        if (byInitial != null && Percent.agrees(stated.get(), byInitial)) {
            msg += "；填报值是按年初预算数计算的（" + Percent.of(byInitial) + "）";
        }
        warnings.add(msg);
    }

    private static BigDecimal bounded(BigDecimal score, BigDecimal weight) {
        return score.max(BigDecimal.ZERO).min(weight).setScale(2, RoundingMode.HALF_UP);
    }

    /** Longer than this, a cell's text is not read as a target, an actual value or a rule. */
    static final int LONGEST_CELL = 4_000;

    private static boolean tooLong(String... texts) {
        for (String t : texts) {
            if (t != null && t.length() > LONGEST_CELL) {
                return true;
            }
        }
        return false;
    }

    /** A 分值 or 得分 cell read as the editors, the forms and review read it ({@link NumberText}). */
    static Optional<BigDecimal> number(String text) {
        return NumberText.plain(text);
    }
}
