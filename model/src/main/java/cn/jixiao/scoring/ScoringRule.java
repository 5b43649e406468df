package cn.jixiao.scoring;

import cn.jixiao.scoring.ActualValue.Form;
import cn.jixiao.scoring.Measure.Outcome;
import cn.jixiao.target.TargetComparator;
import cn.jixiao.target.TargetKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static cn.jixiao.scoring.Measure.divide;
import static cn.jixiao.scoring.Measure.num;
import static cn.jixiao.scoring.Measure.num2;
import static cn.jixiao.scoring.Measure.percent;

/**
 * One way of turning an actual into points. The default rules follow common practice
 * (财预〔2020〕10号); the written ones are what a 评(扣)分标准 text says (see {@link WrittenRules}).
 * A rule answers a null score when it cannot judge this actual; the engine then falls back
 * to the tier the clerk chose, or reports what is missing.
 */
public sealed interface ScoringRule {
    BigDecimal TWO = BigDecimal.valueOf(2);
    BigDecimal HUNDRED = BigDecimal.valueOf(100);

    RuleKind kind();

    Outcome apply(Measure m);

    /** Positive quantity (≥, 不少于, 以上, or a bare quantity): reaching the target scores in full, else actual/target × 分值. */
    record Proportional() implements ScoringRule {
        @Override
        public RuleKind kind() {
            return RuleKind.PROPORTIONAL;
        }

        @Override
        public Outcome apply(Measure m) {
            ActualValue a = m.actual();
            if (a.form() == Form.RATE) {
                return byRate(m);
            }
            if (a.form() != Form.QUANTITY || m.target().value() == null) {
                return Outcome.none(a.problem());
            }
            BigDecimal t = m.target().value();
            BigDecimal q = a.number();
            String target = m.target().describe();
            if (q.compareTo(t) >= 0) {
                return m.full("实际完成值" + a.quoted() + "达到指标值" + target);
            }
            if (t.signum() <= 0) {
                // actual ÷ target has no meaning below a target of zero or less ('≥-5%' against -8%)
                return m.zero("实际完成值" + a.quoted() + "未达到指标值" + target + "（指标值不是正数，不按比例计分）");
            }
            if (q.signum() < 0) {
                return m.zero("实际完成值" + a.quoted() + "为负数，未达到指标值" + target);
            }
            BigDecimal share = divide(q, t);
            return m.share(share, "实际完成值" + a.quoted() + "未达到指标值" + target + "："
                    + num(q) + "÷" + num(t) + "×" + num(m.weight()) + "=" + num2(m.weight().multiply(share)));
        }
    }

    /** Negative quantity (≤, 不超过, cost): within the target full; between 1× and 2× (1 − 超出比例) × 分值; from 2× on 0. */
    record Cost() implements ScoringRule {
        @Override
        public RuleKind kind() {
            return RuleKind.COST;
        }

        @Override
        public Outcome apply(Measure m) {
            ActualValue a = m.actual();
            if (a.form() == Form.RATE && m.target().budgetCeiling()) {
                return withinBudget(m);
            }
            if (a.form() == Form.RATE) {
                return byRate(m);
            }
            if (a.form() != Form.QUANTITY) {
                return Outcome.none(a.problem());
            }
            if (m.target().value() == null) {
                return Outcome.none("指标值“" + m.target().text() + "”是预算控制要求，没有可比较的数额：实际完成值请写完成率（如 100%）或选择评价档次");
            }
            BigDecimal t = m.target().value();
            BigDecimal q = a.number();
            String target = m.target().describe();
            if (q.compareTo(t) <= 0) {
                return m.full("实际完成值" + a.quoted() + "未超过指标值" + target);
            }
            if (t.signum() <= 0) {
                // the excess as a share of the target has no meaning for a ceiling of zero or less ('≤-5%')
                return m.zero("实际完成值" + a.quoted() + "超过指标值" + target + "（指标值不是正数，超过即不得分）");
            }
            if (q.compareTo(t.multiply(TWO)) >= 0) {
                return m.zero("实际完成值" + a.quoted() + "达到指标值" + target + "的2倍及以上");
            }
            BigDecimal over = divide(q.subtract(t), t);
            BigDecimal share = BigDecimal.ONE.subtract(over);
            return m.share(share, "实际完成值" + a.quoted() + "超出指标值" + target + "的" + percent(over)
                    + "：" + num(m.weight()) + "×(1−" + percent(over) + ")="
                    + num2(m.weight().multiply(share)));
        }
    }

    /**
     * A percentage against a budget ceiling ('控制在预算范围内' / '98.6%') is the share of the budget
     * spent: up to 100% it kept within the budget; beyond, the excess counts as for any ceiling.
     */
    private static Outcome withinBudget(Measure m) {
        ActualValue a = m.actual();
        BigDecimal r = a.number();
        if (r.compareTo(BigDecimal.ONE) <= 0) {
            return m.full("实际支出为预算的" + a.quoted() + "，未超过预算");
        }
        BigDecimal over = r.subtract(BigDecimal.ONE);
        if (over.compareTo(BigDecimal.ONE) >= 0) {
            return m.zero("实际支出为预算的" + a.quoted() + "，达到预算的2倍及以上");
        }
        BigDecimal share = BigDecimal.ONE.subtract(over);
        return m.share(share, "实际支出为预算的" + a.quoted() + "，超出预算" + percent(over) + "：" + num(m.weight())
                + "×(1−" + percent(over) + ")=" + num2(m.weight().multiply(share)));
    }

    /** A stated '=' target: met or not. */
    record Equal() implements ScoringRule {
        @Override
        public RuleKind kind() {
            return RuleKind.EQUAL;
        }

        @Override
        public Outcome apply(Measure m) {
            ActualValue a = m.actual();
            if (a.form() == Form.RATE) {
                return a.number().compareTo(BigDecimal.ONE) >= 0
                        ? m.full("完成率" + a.quoted() + "，达到指标值" + m.target().describe())
                        : m.zero("完成率" + a.quoted() + "未达到100%，指标值要求等于" + m.target().describe());
            }
            if (a.form() != Form.QUANTITY || m.target().value() == null) {
                return Outcome.none(a.problem());
            }
            return a.number().compareTo(m.target().value()) == 0
                    ? m.full("实际完成值" + a.quoted() + "等于指标值" + m.target().describe())
                    : m.zero("实际完成值" + a.quoted() + "不等于指标值" + m.target().describe());
        }
    }

    /** A deadline ('2024年12月前'): met if done by then. */
    record Deadline() implements ScoringRule {
        @Override
        public RuleKind kind() {
            return RuleKind.DATE;
        }

        @Override
        public Outcome apply(Measure m) {
            ActualValue a = m.actual();
            var deadline = m.target().deadline();
            if (a.form() == Form.DATE && deadline != null) {
                // '年底前' is the end of the year the work was done in: the form's year, which the actual names
                deadline = deadline.inYear(a.date().getYear());
                return a.date().isAfter(deadline.lastDay())
                        ? m.zero("完成时间" + a.quoted() + "晚于指标值" + deadline.chinese())
                        : m.full("完成时间" + a.quoted() + "不晚于指标值" + deadline.chinese());
            }
            if (a.form() == Form.RATE) {
                return a.number().compareTo(BigDecimal.ONE) >= 0
                        ? m.full("完成率" + a.quoted() + "，按期完成")
                        : m.zero("完成率" + a.quoted() + "，未按期全部完成");
            }
            return Outcome.none(a.form() == Form.NONE ? a.problem() : "实际完成值" + a.quoted() + "不是完成日期或完成率");
        }
    }

    /** 定性: the tier the clerk picked, else the one the actual names or its completion rate falls in. */
    record Qualitative() implements ScoringRule {
        @Override
        public RuleKind kind() {
            return RuleKind.QUALITATIVE;
        }

        @Override
        public Outcome apply(Measure m) {
            if (m.chosenTier() != null) {
                return m.byTier(m.chosenTier(), "所选");
            }
            ActualValue a = m.actual();
            if (a.form() == Form.RATE || (a.form() == Form.QUANTITY && m.target().isPercent())) {
                BigDecimal rate = a.form() == Form.RATE ? a.number() : divide(a.number(), HUNDRED);
                return m.byTier(Tier.ofRate(rate), "完成率" + a.quoted() + "对应");
            }
            if (a.form() == Form.DATE && m.target().kind() == TargetKind.DATE) {
                return new Deadline().apply(m);
            }
            return Outcome.none(a.form() == Form.NONE
                    ? "定性指标缺少实际完成值，请填写实际完成值或选择评价档次（达成/部分达成/未达成）"
                    : "定性指标的实际完成值" + a.quoted() + "无法判定档次，请选择评价档次（达成/部分达成/未达成）");
        }
    }

    /** '预算成本控制在57.6万元以内计20分，每超过10%扣2分，扣完为止': full within the ceiling, then points off per whole step. */
    record CeilingDeduction(BigDecimal ceiling, String ceilingUnit, BigDecimal stepPercent, BigDecimal pointsPerStep,
                            BigDecimal statedFull) implements ScoringRule {
        @Override
        public RuleKind kind() {
            return RuleKind.CEILING_DEDUCTION;
        }

        @Override
        public Outcome apply(Measure m) {
            ActualValue a = m.actual();
            BigDecimal base = ceiling != null ? ceiling : m.target().value();
            String baseText = ceiling != null ? num(ceiling) + ceilingUnit
                    : base != null ? m.target().describe() : "预算";
            BigDecimal over;
            if (a.form() == Form.RATE) {
                over = a.number().subtract(BigDecimal.ONE);
            } else if (a.form() == Form.QUANTITY && base != null && base.signum() > 0) {
                over = divide(a.number().subtract(base), base);
            } else {
                return Outcome.none(a.form() == Form.QUANTITY ? "评分标准没有写明控制数，实际完成值请写执行比例（如 100%）" : a.problem());
            }
            if (over.signum() <= 0) {
                return m.full("实际" + a.quoted() + "控制在" + baseText + "以内");
            }
            return deduct(m, over.multiply(HUNDRED), "实际" + a.quoted() + "超出" + baseText + percent(over));
        }

        Outcome deduct(Measure m, BigDecimal excessPercent, String what) {
            BigDecimal steps = excessPercent.divide(stepPercent, 0, RoundingMode.FLOOR);
            BigDecimal off = steps.multiply(pointsPerStep);
            BigDecimal score = m.weight().subtract(off).max(BigDecimal.ZERO);
            return new Outcome(score, what + "，每超过" + num(stepPercent) + "%扣" + num(pointsPerStep) + "分，满"
                    + num(steps) + "档扣" + num(off) + "分：" + num(m.weight()) + "−" + num(off) + "=" + num2(score)
                    + (score.signum() == 0 ? "（扣完为止）" : ""));
        }
    }

    /** '按公车调度出错率扣分，出错率每增加10%，扣1分，扣完为止': the actual is the counted rate itself. */
    record RateDeduction(BigDecimal stepPercent, BigDecimal pointsPerStep) implements ScoringRule {
        @Override
        public RuleKind kind() {
            return RuleKind.RATE_DEDUCTION;
        }

        @Override
        public Outcome apply(Measure m) {
            ActualValue a = m.actual();
            BigDecimal rate = measuredPercent(m);
            if (rate == null) {
                return Outcome.none(a.form() == Form.NONE ? a.problem() : "评分标准按比率扣分，实际完成值请写该比率（如 5%）");
            }
            var helper = new CeilingDeduction(null, "", stepPercent, pointsPerStep, null);
            // a rate below zero has nothing to deduct for, and must not add points either
            return helper.deduct(m, rate.max(BigDecimal.ZERO), "比率" + a.quoted());
        }
    }

    /**
     * '每降低1个百分点扣1分，扣完为止', '每低于目标值1个百分点扣2分': a percentage target, points off per
     * whole step the actual falls short of it.
     */
    record ShortfallDeduction(BigDecimal stepPoints, BigDecimal pointsPerStep) implements ScoringRule {
        @Override
        public RuleKind kind() {
            return RuleKind.SHORTFALL_DEDUCTION;
        }

        @Override
        public Outcome apply(Measure m) {
            ActualValue a = m.actual();
            BigDecimal target = m.target().isPercent() ? m.target().value() : null;
            BigDecimal actual = measuredPercent(m);
            if (target == null || actual == null) {
                return Outcome.none(a.form() == Form.NONE ? a.problem()
                        : "评分标准按低于目标值的百分点扣分，指标值和实际完成值都应是百分比（如 95%）");
            }
            if (actual.compareTo(target) >= 0) {
                return m.full("实际完成值" + a.quoted() + "达到指标值" + m.target().describe());
            }
            BigDecimal shortfall = target.subtract(actual);
            BigDecimal steps = shortfall.divide(stepPoints, 0, RoundingMode.FLOOR);
            BigDecimal off = steps.multiply(pointsPerStep);
            BigDecimal score = m.weight().subtract(off).max(BigDecimal.ZERO);
            return new Outcome(score, "实际完成值" + a.quoted() + "低于指标值" + m.target().describe() + num(shortfall)
                    + "个百分点，每低" + num(stepPoints) + "个百分点扣" + num(pointsPerStep) + "分，扣" + num(off) + "分："
                    + num(m.weight()) + "−" + num(off) + "=" + num2(score) + (score.signum() == 0 ? "（扣完为止）" : ""));
        }
    }

    /** '完成率小于60%不得分；大于等于60%，得分=(实际完成率-60%)/(1-60%)*分值'. */
    record ThresholdProportional(BigDecimal thresholdPercent, BigDecimal statedMultiplier) implements ScoringRule {
        @Override
        public RuleKind kind() {
            return RuleKind.THRESHOLD_PROPORTIONAL;
        }

        @Override
        public Outcome apply(Measure m) {
            ActualValue a = m.actual();
            BigDecimal rate = completionRate(m);
            if (rate == null) {
                return Outcome.none(a.form() == Form.NONE ? a.problem() : "实际完成值" + a.quoted() + "无法换算为完成率");
            }
            BigDecimal c = rate.min(BigDecimal.ONE);
            BigDecimal thr = divide(thresholdPercent, HUNDRED);
            String rateText = "完成率" + percent(rate);
            if (c.compareTo(thr) < 0) {
                return m.zero(rateText + "小于" + num(thresholdPercent) + "%");
            }
            BigDecimal share = divide(c.subtract(thr), BigDecimal.ONE.subtract(thr));
            return m.share(share, rateText + (rate.compareTo(BigDecimal.ONE) > 0 ? "（按100%计）" : "") + "，得分=("
                    + percent(c) + "−" + num(thresholdPercent) + "%)/(1−" + num(thresholdPercent) + "%)×" + num(m.weight())
                    + "=" + num2(m.weight().multiply(share)));
        }
    }

    /** '满意度95%(含)以上计10分，85%-95%计8分，75%-85%计6分，75%以下计0分': lower bound included. */
    record Bands(List<Band> bands) implements ScoringRule {
        /** Points for a measured percentage from {@code from} (inclusive) up to {@code to} (exclusive; null = no limit). */
        public record Band(BigDecimal from, BigDecimal to, BigDecimal points) {
            boolean contains(BigDecimal p) {
                return p.compareTo(from) >= 0 && (to == null || p.compareTo(to) < 0);
            }

            String describe() {
                return to == null ? num(from) + "%（含）以上" : from.signum() == 0 ? num(to) + "%以下" : num(from) + "%-" + num(to) + "%";
            }
        }

        @Override
        public RuleKind kind() {
            return RuleKind.BANDS;
        }

        @Override
        public Outcome apply(Measure m) {
            BigDecimal p = measuredPercent(m);
            if (p == null) {
                return Outcome.none(m.actual().form() == Form.NONE ? m.actual().problem() : "分段计分需要百分比形式的实际完成值（如 96%）");
            }
            for (Band b : bands) {
                if (b.contains(p)) {
                    BigDecimal score = b.points().min(m.weight());
                    return new Outcome(score, "实际完成值" + m.actual().quoted() + "在“" + b.describe() + "计" + num(b.points())
                            + "分”一档" + (b.points().compareTo(m.weight()) > 0 ? "，以分值" + num(m.weight()) + "为限" : "")
                            + "，得" + num2(score) + "分");
                }
            }
            return m.zero("实际完成值" + m.actual().quoted() + "不在评分标准所列任何一档");
        }
    }

    /** '达到目标值计20分，否则不得分' / '未达到标准值不得分': all or nothing, met as the default rule would judge it. */
    record MetOrNot(ScoringRule judge) implements ScoringRule {
        @Override
        public RuleKind kind() {
            return RuleKind.MET_OR_NOT;
        }

        @Override
        public Outcome apply(Measure m) {
            Outcome o = judge.apply(m);
            if (o.score() == null) {
                if (m.chosenTier() != null || m.actual().form() == Form.TIER) {
                    Tier t = m.chosenTier() != null ? m.chosenTier() : m.actual().tier();
                    String source = m.chosenTier() != null ? "所选" : m.actual().tierSource() + "对应";
                    return t == Tier.ACHIEVED ? m.full(source + "评价档次“" + t.fullName() + "”，达到目标值")
                            : m.zero(source + "评价档次“" + t.fullName() + "”，未达到目标值");
                }
                return o;
            }
            return o.score().compareTo(m.weight()) >= 0
                    ? m.full("达到目标值（" + o.explanation() + "）")
                    : m.zero("未达到目标值（" + o.explanation() + "）");
        }
    }

    /** A completion rate scores its share of the 分值, at most all of it. */
    private static Outcome byRate(Measure m) {
        BigDecimal r = m.actual().number();
        if (r.compareTo(BigDecimal.ONE) >= 0) {
            return m.full("实际完成值按完成率" + m.actual().quoted() + "计");
        }
        if (r.signum() < 0) {
            return m.zero("实际完成值按完成率" + m.actual().quoted() + "计，完成率为负数");
        }
        return m.share(r, "实际完成值按完成率" + m.actual().quoted() + "计：" + percent(r) + "×" + num(m.weight())
                + "=" + num2(m.weight().multiply(r)));
    }

    /** 完成率 = 实际完成值 / 指标值 (for a ≤ target: 指标值 / 实际完成值 once exceeded). */
    private static BigDecimal completionRate(Measure m) {
        ActualValue a = m.actual();
        if (a.form() == Form.RATE) {
            return a.number();
        }
        BigDecimal t = m.target().value();
        if (a.form() != Form.QUANTITY || t == null || t.signum() <= 0) {
            // no completion rate against a target of zero or less
            return null;
        }
        TargetComparator c = m.target().comparator();
        if (c != null && c.isNegative()) {
            return a.number().compareTo(t) <= 0 ? BigDecimal.ONE : divide(t, a.number());
        }
        return divide(a.number(), t);
    }

    /** The percentage a band or a rate deduction reads: a % quantity, or a completion rate × 100. */
    private static BigDecimal measuredPercent(Measure m) {
        ActualValue a = m.actual();
        if (a.form() == Form.RATE) {
            return a.number().multiply(HUNDRED);
        }
        if (a.form() == Form.QUANTITY && (m.target().isPercent() || m.target().unit().isEmpty())) {
            return a.number();
        }
        return null;
    }
}
