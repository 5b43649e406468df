package cn.jixiao.target;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A 指标值 read the way a person reads it.
 *
 * <p>{@code comparator} is null for a judgement in words ('成效显著'). {@code comparatorWritten}
 * tells a stated direction ('≥95%', '不少于20次', '30次以上', or the 指标值类型 column) from one
 * the parser assumed for a bare quantity ('30人' reads as "=", but reaching 30 is what counts).
 *
 * <p>A budget ceiling without a number ('控制在预算内', '不超年初预算', '工资总额不超过年初预算')
 * is QUALITATIVE with comparator ≤ and {@code budgetCeiling} set: its measure is the budget
 * itself, so it can only be checked against a spending share or a completion rate (100% = kept
 * within the budget), never against an amount alone.
 *
 * @param text       the text as written
 * @param value      the number for QUANTITATIVE, else null
 * @param unit       the unit after the number ('%', '万元', '次', '家单位'); '' when none
 * @param deadline   the limit for DATE, else null
 * @param upper      the upper end of a range ('90%-95%' reads as ≥90% with upper 95), else null
 */
public record TargetValue(String text, TargetKind kind, TargetComparator comparator, boolean comparatorWritten,
                          BigDecimal value, String unit, Deadline deadline, boolean budgetCeiling, BigDecimal upper) {

    TargetValue(String text, TargetKind kind, TargetComparator comparator, boolean comparatorWritten,
                BigDecimal value, String unit, Deadline deadline, boolean budgetCeiling) {
        this(text, kind, comparator, comparatorWritten, value, unit, deadline, budgetCeiling, null);
    }

    public TargetValue {
        text = text == null ? "" : text;
        unit = unit == null ? "" : unit;
    }

    static TargetValue qualitative(String text) {
        return new TargetValue(text, TargetKind.QUALITATIVE, null, false, null, "", null, false);
    }

    public Optional<TargetComparator> comparatorIfAny() {
        return Optional.ofNullable(comparator);
    }

    public Optional<BigDecimal> valueIfAny() {
        return Optional.ofNullable(value);
    }

    /** True for a range ('20-30万元', '≥90%且≤100%'), read as ≥ its lower end. */
    public boolean isRange() {
        return upper != null;
    }

    /** A range read from its upper end, as a ceiling: what a cost range ('20-30万元' under 成本) must not exceed. */
    public TargetValue upperBound() {
        return upper == null ? this : new TargetValue(text, kind, TargetComparator.LE, true, upper, unit, deadline, budgetCeiling, upper);
    }

    /** The same quantity as the lower end of a range up to {@code high}. */
    TargetValue withUpper(BigDecimal high) {
        return new TargetValue(text, kind, comparator, comparatorWritten, value, unit, deadline, budgetCeiling, high);
    }

    public Optional<Deadline> deadlineIfAny() {
        return Optional.ofNullable(deadline);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    public boolean isPercent() {
        return "%".equals(unit);
    }

    /**
     * 指标值类型 as the text itself states it, for a form's column the clerk left blank: the
     * symbol written in the target ('≥95%' → '≥', '≤38万元' → '≤'), '定性' for a judgement in words
     * or a deadline, and nothing for a bare figure, whose direction only the clerk knows.
     */
    public String statedType() {
        if (comparatorWritten && comparator != null) {
            return comparator.symbol();
        }
        if (isBlank() || kind == TargetKind.QUANTITATIVE) {
            return "";
        }
        return TargetKind.QUALITATIVE.chinese();
    }

    /**
     * The same target in the form of {@code year}: a date limit written without a year ('年底前') put
     * in it; anything else unchanged.
     */
    public TargetValue inYear(int year) {
        if (deadline == null || deadline.yearStated()) {
            return this;
        }
        return new TargetValue(text, kind, comparator, comparatorWritten, value, unit, deadline.inYear(year), budgetCeiling, upper);
    }

    /** The same target with another comparator, as stated by the 指标值类型 column. */
    TargetValue withComparator(TargetComparator c) {
        return new TargetValue(text, kind, c, true, value, unit, deadline, budgetCeiling, upper);
    }

    /**
     * The same target with a direction the form implies but does not state, e.g. ≤ for a bare
     * amount under 成本指标 ('105.2万元'); stays marked as not written.
     */
    public TargetValue withAssumedComparator(TargetComparator c) {
        return new TargetValue(text, kind, c, false, value, unit, deadline, budgetCeiling, upper);
    }

    /** The same quantity with the unit a 度量单位 column gives it, when the text has none. */
    public TargetValue withUnit(String u) {
        return new TargetValue(text, kind, comparator, comparatorWritten, value, u, deadline, budgetCeiling, upper);
    }

    /** The same text read as a judgement in words (指标值类型 定性). */
    TargetValue asQualitative() {
        return new TargetValue(text, TargetKind.QUALITATIVE, budgetCeiling ? TargetComparator.LE : null,
                budgetCeiling, null, "", null, budgetCeiling);
    }

    /** '≥ 95 %' style summary in Chinese, for explanations. */
    public String describe() {
        return switch (kind) {
            case QUANTITATIVE -> (comparator == null ? "" : comparator.symbol()) + value.stripTrailingZeros().toPlainString() + unit;
            case DATE -> deadline.chinese() + "前";
            case QUALITATIVE -> budgetCeiling ? "不超过预算" : "“" + text.strip() + "”";
        };
    }
}
