package cn.jixiao.scoring;

import cn.jixiao.target.TargetKind;
import cn.jixiao.target.TargetParser;
import cn.jixiao.target.TargetValue;
import cn.jixiao.target.TextFold;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 实际完成值 read against its target. Forms write either the quantity in the target's unit
 * ('30人' against '30人') or a completion rate ('100%', '95%以上' against '不少于20次' or '满意').
 * A percentage is a quantity when the target itself is a percentage (or a unit-less number up
 * to 100, as in '≥98'), otherwise a completion rate. '95%以上' counts as 95%: the lower bound is what is known.
 */
public record ActualValue(Form form, BigDecimal number, LocalDate date, Tier tier, String text, String problem,
                          String tierWords) {

    public ActualValue {
        tierWords = tierWords == null ? "" : tierWords;
    }

    ActualValue(Form form, BigDecimal number, LocalDate date, Tier tier, String text, String problem) {
        this(form, number, date, tier, text, problem, "");
    }

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
        /** Words naming how far the target was reached ({@link #tier}, decided by {@link #tierWords}). */
        TIER,
        /** Written, but not readable against this target ({@link #problem} says why). */
        UNREADABLE
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Map<String, BigDecimal> MONEY = Map.of(
            "元", BigDecimal.ONE, "万元", BigDecimal.valueOf(10_000), "万", BigDecimal.valueOf(10_000),
            "亿元", BigDecimal.valueOf(100_000_000), "千元", BigDecimal.valueOf(1000));
    /** Whole answers: a single word that only means a tier when it is all there is ('好', '差', '是'). */
    private static final Map<String, Tier> WHOLE_WORDS = Map.ofEntries(
            Map.entry("是", Tier.ACHIEVED), Map.entry("好", Tier.ACHIEVED), Map.entry("优", Tier.ACHIEVED),
            Map.entry("良", Tier.ACHIEVED), Map.entry("很好", Tier.ACHIEVED), Map.entry("较好", Tier.ACHIEVED),
            Map.entry("中", Tier.PARTLY), Map.entry("一般", Tier.PARTLY), Map.entry("较差", Tier.NOT_ACHIEVED),
            Map.entry("差", Tier.NOT_ACHIEVED), Map.entry("否", Tier.NOT_ACHIEVED));
    /**
     * Phrases found inside a worded actual ('全部完成，效果良好'), by tier in the order they are tried:
     * a negation first ('未完成' holds '完成'), then a partial word ('基本完成' holds '完成'), then
     * achievement. Single characters are never searched for: '差' is in '差错率', '好' in '好评率'.
     */
    private static final List<String> NOT_PHRASES = List.of("未达成", "未完成", "未达到", "未达标", "不达标", "没有完成",
            "没有达到", "尚未", "未实现", "未按时", "未按期", "未能", "未开展", "未启动", "逾期", "延期", "超期",
            "不满意", "不及时", "不合格", "不到位", "不明显", "无效", "较差", "效果差", "未见成效");
    private static final List<String> PARTLY_PHRASES = List.of("部分达成", "部分完成", "部分达到", "部分实现", "基本完成",
            "基本达成", "基本达到", "基本实现", "基本满意", "基本到位", "大部分", "一般", "正在实施", "正在推进", "推进中",
            "进行中", "实施中", "有所提高", "有所提升", "有待提高", "有待加强", "仍需", "尚需");
    private static final List<String> ACHIEVED_PHRASES = List.of("达成预期指标", "达成预期目标", "达到预期指标",
            "达到预期目标", "达到预期", "达成预期", "达到目标", "达成目标", "完成目标", "全部完成", "圆满完成", "已完成",
            "按时完成", "按期完成", "如期完成", "顺利完成", "按时", "按期", "如期", "准时", "已达成", "已达到", "已实现", "达标", "达成", "达到", "完成",
            "实现", "优秀", "良好", "较好", "显著", "明显", "满意", "有效", "提高", "提升", "合格", "到位", "及时", "保障");
    /** Longer than this, worded text is an account of the work, not an answer naming a tier. */
    private static final int LONGEST_TIER_TEXT = 60;

    public static ActualValue read(String actual, TargetValue target) {
        String text = actual == null ? "" : actual.strip();
        String folded = TextFold.fold(text).replaceAll("[.。]+$", "");
        if (folded.isEmpty()) {
            return new ActualValue(Form.NONE, null, null, null, text, "缺少实际完成值");
        }
        if (!target.isBlank() && TextFold.fold(target.text()).replaceAll("[.。]+$", "").equals(folded)
                && target.kind() != TargetKind.QUANTITATIVE && target.kind() != TargetKind.DATE) {
            // The actual repeats the target ('基本满意' against '基本满意'): the target was reached.
            return new ActualValue(Form.TIER, null, null, Tier.ACHIEVED, text, "", text);
        }
        Optional<Map.Entry<String, Tier>> word = tierWord(folded);
        if (word.isPresent()) {
            return new ActualValue(Form.TIER, null, null, word.get().getValue(), text, "", word.get().getKey());
        }
        TargetValue read = TargetParser.parse(text);
        if (read.kind() == TargetKind.DATE) {
            // '12月完成' against '2023年12月前' is that year's December
            var done = read.deadline();
            if (!done.yearStated() && target.kind() == TargetKind.DATE && target.deadline().yearStated()) {
                done = done.inYear(target.deadline().year());
            }
            return new ActualValue(Form.DATE, null, done.lastDay(), null, text, "");
        }
        if (read.kind() == TargetKind.QUANTITATIVE) {
            return quantity(text, read, target);
        }
        Optional<Map.Entry<String, Tier>> phrase = tierPhrase(folded);
        if (phrase.isPresent()) {
            return new ActualValue(Form.TIER, null, null, phrase.get().getValue(), text, "", phrase.get().getKey());
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

    /** The whole text names a tier ('达成', '全部完成', '一般'); with the words that decided it. */
    private static Optional<Map.Entry<String, Tier>> tierWord(String folded) {
        Optional<Tier> named = Tier.of(folded);
        if (named.isPresent()) {
            return Optional.of(Map.entry(folded, named.get()));
        }
        Tier whole = WHOLE_WORDS.get(folded);
        if (whole != null) {
            return Optional.of(Map.entry(folded, whole));
        }
        for (List<String> phrases : List.of(NOT_PHRASES, PARTLY_PHRASES, ACHIEVED_PHRASES)) {
            if (phrases.contains(folded)) {
                return Optional.of(Map.entry(folded, tierOf(phrases)));
            }
        }
        return Optional.empty();
    }

    /** A short worded answer holding a tier's phrase ('已按计划全部完成', '基本完成，效果一般'). */
    private static Optional<Map.Entry<String, Tier>> tierPhrase(String folded) {
        if (folded.length() > LONGEST_TIER_TEXT) {
            return Optional.empty();
        }
        for (List<String> phrases : List.of(NOT_PHRASES, PARTLY_PHRASES, ACHIEVED_PHRASES)) {
            for (String p : phrases) {
                if (folded.contains(p)) {
                    return Optional.of(Map.entry(p, tierOf(phrases)));
                }
            }
        }
        return Optional.empty();
    }

    private static Tier tierOf(List<String> phrases) {
        return phrases == NOT_PHRASES ? Tier.NOT_ACHIEVED : phrases == PARTLY_PHRASES ? Tier.PARTLY : Tier.ACHIEVED;
    }

    private static ActualValue unreadable(String text, String problem) {
        return new ActualValue(Form.UNREADABLE, null, null, null, text, problem);
    }

    /** The actual as written, quoted, for explanations. */
    String quoted() {
        return "“" + text + "”";
    }

    /** '实际完成值“全部完成，效果良好”中的“全部完成”': the actual and the words in it that named the tier. */
    String tierSource() {
        return "实际完成值" + quoted() + (tierWords.isEmpty() || tierWords.equals(text.strip()) ? "" : "中的“" + tierWords + "”");
    }
}
