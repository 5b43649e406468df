package cn.jixiao.scoring;

import cn.jixiao.target.TargetKind;
import cn.jixiao.target.TargetParser;
import cn.jixiao.target.TargetValue;
import cn.jixiao.target.TextFold;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 实际完成值 read against its target. Forms write either the quantity in the target's unit
 * ('30人' against '30人') or a completion rate ('100%', '95%以上' against '不少于20次' or '满意').
 * A percentage is a quantity when the target itself is a percentage (or a unit-less number up
 * to 100, as in '≥98'), otherwise a completion rate. '95%以上' counts as 95%: the lower bound is what is known.
 */
public record ActualValue(Form form, BigDecimal number, LocalDate date, Tier tier, String text, String problem) {

    /** How the actual was written. */
    public enum Form {
        /** Nothing written. */
        NONE,
        /** A number in the target's unit ({@link #number}). */
        QUANTITY,
        /** A completion rate as a fraction, 1 = 100% ({@link #number}). */
        RATE,
        /** A date the work was done by ({@link #date}). */
        DATE,
        /** A word naming how far the target was reached ({@link #tier}). */
        TIER,
        /** Written, but not readable against this target ({@link #problem} says why). */
        UNREADABLE
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Map<String, BigDecimal> MONEY = Map.of(
            "元", BigDecimal.ONE, "万元", BigDecimal.valueOf(10_000), "万", BigDecimal.valueOf(10_000),
            "亿元", BigDecimal.valueOf(100_000_000), "千元", BigDecimal.valueOf(1000));
    private static final Set<String> ACHIEVED_WORDS = Set.of("达成", "完成", "已完成", "圆满完成", "全部完成",
            "按时完成", "按期完成", "如期完成", "已达成", "达到", "已达到", "达标", "是", "已实现", "实现");
    private static final Set<String> PARTLY_WORDS = Set.of("部分达成", "部分完成", "基本完成", "基本达成", "基本达到");
    private static final Set<String> NOT_WORDS = Set.of("未达成", "未完成", "未达到", "没有完成", "否", "未实现",
            "逾期", "延期", "超期", "未按时完成");

    public static ActualValue read(String actual, TargetValue target) {
        String text = actual == null ? "" : actual.strip();
        String folded = TextFold.fold(text).replaceAll("[.。]+$", "");
        if (folded.isEmpty()) {
            return new ActualValue(Form.NONE, null, null, null, text, "缺少实际完成值");
        }
        Optional<Tier> word = tierWord(folded);
        if (word.isPresent()) {
            return new ActualValue(Form.TIER, null, null, word.get(), text, "");
        }
        TargetValue read = TargetParser.parse(text);
        if (read.kind() == TargetKind.DATE) {
            return new ActualValue(Form.DATE, null, read.deadline().lastDay(), null, text, "");
        }
        if (read.kind() == TargetKind.QUANTITATIVE) {
            return quantity(text, read, target);
        }
        if (!target.isBlank() && TextFold.fold(target.text()).equals(folded)) {
            // The actual repeats the target ('满意' against '满意'): the target was reached.
            return new ActualValue(Form.TIER, null, null, Tier.ACHIEVED, text, "");
        }
        return unreadable(text, "实际完成值“" + text + "”不是数量、完成率或日期，请选择评价档次或改写");
    }

    private static ActualValue quantity(String text, TargetValue read, TargetValue target) {
        String unit = read.unit();
        BigDecimal v = read.value();
        boolean targetQuantity = target.kind() == TargetKind.QUANTITATIVE;
        String targetUnit = targetQuantity ? target.unit() : "";
        if (unit.equals("%") || unit.equals("‰")) {
            BigDecimal percent = unit.equals("‰") ? v.movePointLeft(1) : v;
            // A unit-less target up to 100 ('≥98') is a percentage written without its sign; '501' is not.
            boolean percentTarget = targetQuantity && targetUnit.equals("%")
                    || targetQuantity && targetUnit.isEmpty() && target.value().compareTo(HUNDRED) <= 0;
            if (targetQuantity && percentTarget) {
                return new ActualValue(Form.QUANTITY, percent, null, null, text, "");
            }
            if (targetQuantity && targetUnit.equals("‰")) {
                return new ActualValue(Form.QUANTITY, v, null, null, text, "");
            }
            return new ActualValue(Form.RATE, percent.divide(HUNDRED, MathContext.DECIMAL64), null, null, text, "");
        }
        if (!targetQuantity) {
            return unreadable(text, "指标值“" + target.text() + "”没有可比较的数量，实际完成值请写完成率（如 100%）或选择评价档次");
        }
        if (unit.isEmpty() || unit.equals(targetUnit) || targetUnit.isEmpty()
                || targetUnit.startsWith(unit) || unit.startsWith(targetUnit)) {
            return new ActualValue(Form.QUANTITY, v, null, null, text, "");
        }
        if (MONEY.containsKey(unit) && MONEY.containsKey(targetUnit)) {
            BigDecimal converted = v.multiply(MONEY.get(unit)).divide(MONEY.get(targetUnit), MathContext.DECIMAL64);
            return new ActualValue(Form.QUANTITY, converted, null, null, text, "");
        }
        return unreadable(text, "实际完成值的单位“" + unit + "”与指标值的单位“" + targetUnit + "”不同");
    }

    private static Optional<Tier> tierWord(String folded) {
        Optional<Tier> named = Tier.of(folded);
        if (named.isPresent()) {
            return named;
        }
        if (NOT_WORDS.contains(folded)) {
            return Optional.of(Tier.NOT_ACHIEVED);
        }
        if (PARTLY_WORDS.contains(folded)) {
            return Optional.of(Tier.PARTLY);
        }
        return ACHIEVED_WORDS.contains(folded) ? Optional.of(Tier.ACHIEVED) : Optional.empty();
    }

    private static ActualValue unreadable(String text, String problem) {
        return new ActualValue(Form.UNREADABLE, null, null, null, text, problem);
    }

    /** The actual as written, quoted, for explanations. */
    String quoted() {
        return "“" + text + "”";
    }
}
