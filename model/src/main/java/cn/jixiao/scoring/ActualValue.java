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
            Map.entry("差", Tier.NOT_ACHIEVED), Map.entry("否", Tier.NOT_ACHIEVED),
            Map.entry("持续", Tier.ACHIEVED), Map.entry("可持续", Tier.ACHIEVED), Map.entry("长期", Tier.ACHIEVED),
            Map.entry("长效", Tier.ACHIEVED), Map.entry("全部", Tier.ACHIEVED), Map.entry("全覆盖", Tier.ACHIEVED),
            Map.entry("正常", Tier.ACHIEVED));
    /**
     * Phrases found inside a worded actual ('全部完成，效果良好'), by tier in the order they are tried:
     * a negation first ('未完成' holds '完成'), then a partial word ('基本完成' holds '完成'), then
     * achievement. Single characters are never searched for: '差' is in '差错率', '好' in '好评率'.
     */
    private static final List<String> NOT_PHRASES = List.of("未达成", "未完成", "未达到", "未达标", "不达标", "没有完成",
            "没有达到", "尚未", "未实现", "未按时", "未按期", "未能", "未开展", "未启动", "逾期", "延期", "超期",
            "不满意", "不及时", "不合格", "不到位", "不明显", "无效", "较差", "效果差", "未见成效", "未发挥", "没有发挥",
            "延迟", "推迟", "滞后", "超预算", "超出预算", "超支");
    /**
     * A failure said not to have happened ('未超支', '没有超出'): 达成, tried before {@link #NOT_PHRASES}
     * which hold the failure itself ('超支').
     */
    private static final List<String> CLEARED_PHRASES = List.of("未超支", "没有超支", "无超支", "不超支", "未超出",
            "没有超出", "未超过", "没有超过", "未超标", "未超预算", "未超出预算", "没有超预算", "未突破预算");
    private static final List<String> PARTLY_PHRASES = List.of("部分达成", "部分完成", "部分达到", "部分实现", "基本完成",
            "基本达成", "基本达到", "基本实现", "基本满意", "基本到位", "大部分", "一般", "正在实施", "正在推进", "推进中",
            "进行中", "实施中", "有所提高", "有所提升", "有待提高", "有待加强", "仍需", "尚需");
    private static final List<String> ACHIEVED_PHRASES = List.of("达成预期指标", "达成预期目标", "达到预期指标",
            "达到预期目标", "达到预期", "达成预期", "达到目标", "达成目标", "完成目标", "全部完成", "圆满完成", "已完成",
            "按时完成", "按期完成", "如期完成", "顺利完成", "按时", "按期", "如期", "准时", "已达成", "已达到", "已实现", "达标", "达成", "达到", "完成",
            "实现", "优秀", "良好", "较好", "显著", "明显", "满意", "有效", "提高", "提升", "合格", "到位", "及时", "保障",
            "发挥作用", "发挥效益", "发挥效用");
    /**
     * '已' before an act ('已足额发放', '已建立', '已落实') says the act was done: a short answer so
     * worded names the tier 达成 unless a negation in it said otherwise.
     */
    private static final int LONGEST_DONE_ANSWER = 12;
    /**
     * A target that something must not happen ('无重大安全事故', '零投诉', '杜绝安全事故'), and an
     * actual saying it did not ('无', '未发生', '无投诉', '0起', '0'): the target was reached.
     */
    private static final java.util.regex.Pattern NIL = java.util.regex.Pattern.compile(
            "(?:无|零|杜绝|没有|未发生|不发生|未出现|不出现|未收到|没有收到|未接到|没有接到)[^\\d]{0,16}");
    private static final java.util.regex.Pattern NIL_TARGET = java.util.regex.Pattern.compile(
            "(?:无|零|杜绝|未发生|不发生|未出现|不出现)[^\\d]{1,16}");
    /**
     * Units that are the same measure written two ways ('天' and '日', '平方米' and '㎡'); the
     * parser writes '㎡' and 'm2' as 'm²'.
     */
    private static final List<List<String>> SAME_UNITS = List.of(List.of("天", "日"),
            List.of("平方米", "m²", "平米", "平方"), List.of("立方米", "m³", "方"), List.of("公里", "km", "千米"),
            List.of("公斤", "kg", "千克"), List.of("吨", "t"), List.of("米", "m"), List.of("小时", "h"),
            List.of("次", "场", "场次", "期", "轮", "轮次"), List.of("人", "名", "位"));
    /** A magnitude before a unit ('1.2万人次' against '12500人次', '0.72万平方米' against '8000平方米'). */
    private static final Map<Character, BigDecimal> MAGNITUDE = Map.of('万', BigDecimal.valueOf(10_000),
            '亿', BigDecimal.valueOf(100_000_000), '千', BigDecimal.valueOf(1000));
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
        if (nilTarget(target)) {
            Optional<ActualValue> nil = againstNil(text, folded, read);
            if (nil.isPresent()) {
                return nil.get();
            }
        }
        if (read.budgetCeiling()) {
            // '未超预算', '在预算范围内': the spending stayed within the budget, which is what a ceiling asks
            return new ActualValue(Form.TIER, null, null, Tier.ACHIEVED, text, "", text);
        }
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
        if (folded.startsWith("已") && folded.length() > 1 && folded.length() <= LONGEST_DONE_ANSWER) {
            return new ActualValue(Form.TIER, null, null, Tier.ACHIEVED, text, "", text);
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
        if (unit.isEmpty() && targetUnit.equals("%") && v.signum() > 0 && v.compareTo(BigDecimal.ONE) <= 0
                && target.value().compareTo(BigDecimal.ONE) > 0) {
            // '0.98' against '≥95%': a share written as a fraction
            return new ActualValue(Form.QUANTITY, v.multiply(HUNDRED), null, null, text, "");
        }
        if (unit.equals("分") && targetUnit.equals("%")) {
            // '95分' against '满意度≥90%': a survey scored out of 100 is its percentage
            return new ActualValue(Form.QUANTITY, v, null, null, text, "");
        }
        if (unit.isEmpty() || unit.equals(targetUnit) || targetUnit.isEmpty()
                || targetUnit.startsWith(unit) || unit.startsWith(targetUnit) || sameUnit(unit, targetUnit)) {
            return new ActualValue(Form.QUANTITY, v, null, null, text, "");
        }
        if (MONEY.containsKey(unit) && MONEY.containsKey(targetUnit)) {
            BigDecimal converted = v.multiply(MONEY.get(unit)).divide(MONEY.get(targetUnit), MathContext.DECIMAL64);
            return new ActualValue(Form.QUANTITY, converted, null, null, text, "");
        }
        Optional<BigDecimal> scaled = scale(unit, targetUnit);
        if (scaled.isPresent()) {
            return new ActualValue(Form.QUANTITY, v.multiply(scaled.get()), null, null, text, "");
        }
        return unreadable(text, "实际完成值的单位“" + unit + "”与指标值的单位“" + targetUnit + "”不同");
    }

    /** True for '天' and '日', '平方米' and 'm²': one measure written two ways. */
    private static boolean sameUnit(String a, String b) {
        return SAME_UNITS.stream().anyMatch(g -> g.contains(a) && g.contains(b));
    }

    /**
     * What one of the actual's units is in the target's units when they differ by a magnitude
     * ('人次' against '万人次' is 1/10000, '万平方米' against 'm²' 10000); empty when they differ otherwise.
     */
    private static Optional<BigDecimal> scale(String unit, String targetUnit) {
        for (var m : MAGNITUDE.entrySet()) {
            String bigger = m.getKey() + "";
            if (unit.startsWith(bigger) && unit.length() > 1 && same(unit.substring(1), targetUnit)) {
                return Optional.of(m.getValue());
            }
            if (targetUnit.startsWith(bigger) && targetUnit.length() > 1 && same(unit, targetUnit.substring(1))) {
                return Optional.of(BigDecimal.ONE.divide(m.getValue(), MathContext.DECIMAL64));
            }
        }
        return Optional.empty();
    }

    private static boolean same(String a, String b) {
        return a.equals(b) || sameUnit(a, b);
    }

    /** A target that something must not happen ('无重大安全事故', '零投诉'), written in words. */
    private static boolean nilTarget(TargetValue target) {
        return target.kind() == TargetKind.QUALITATIVE && NIL_TARGET.matcher(TextFold.fold(target.text())).matches();
    }

    /**
     * An actual against a target that something must not happen: '无', '未发生', '0起' say it did not
     * (达成); '2起' says it did (未达成); anything else is read the usual way.
     */
    private static Optional<ActualValue> againstNil(String text, String folded, TargetValue read) {
        boolean negation = NOT_PHRASES.stream().anyMatch(folded::contains);
        if (!negation && NIL.matcher(folded).matches()) {
            return Optional.of(new ActualValue(Form.TIER, null, null, Tier.ACHIEVED, text, "", text));
        }
        if (read.kind() == TargetKind.QUANTITATIVE && !read.isPercent() && read.value().signum() >= 0
                && !read.comparatorWritten()) {
            Tier t = read.value().signum() == 0 ? Tier.ACHIEVED : Tier.NOT_ACHIEVED;
            return Optional.of(new ActualValue(Form.TIER, null, null, t, text, "", text));
        }
        return Optional.empty();
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
        for (List<String> phrases : List.of(CLEARED_PHRASES, NOT_PHRASES, PARTLY_PHRASES, ACHIEVED_PHRASES)) {
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
        for (List<String> phrases : List.of(CLEARED_PHRASES, NOT_PHRASES, PARTLY_PHRASES, ACHIEVED_PHRASES)) {
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
