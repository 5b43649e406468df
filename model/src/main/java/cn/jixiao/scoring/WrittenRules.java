package cn.jixiao.scoring;

import cn.jixiao.target.TextFold;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the 评(扣)分标准 texts of the wide layout (seed 002) as rules the program applies:
 * a cost ceiling with points off per step, a pass mark then proportional, bands, met-or-not,
 * a deduction per step of a rate, and '按完成情况赋分' (qualitative). Whatever it does not
 * recognise is left to the default rule, and the result says so.
 */
public final class WrittenRules {
    private static final String N = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern STATED_WEIGHT = Pattern.compile("(?:该指标)?分值(?:为|是)?" + N + "分");
    private static final Pattern CEILING = Pattern.compile("控制在(?:" + N + "(万元|元|万|亿元)?|[^,;]*?预算[^,;]*?)"
            + "(?:以内|之内|内)(?:的)?(?:计|得)" + N + "分.*?每(?:超过|超出|超|增加|高出)" + N + "%,?扣(?:减)?" + N + "分");
    private static final Pattern SHORTFALL_STEP = Pattern.compile("每(?:降低|下降|减少|低于(?:目标值|指标值|标准值|目标)?|少)"
            + N + "(?:个百分点|%),?扣(?:减)?" + N + "分");
    private static final Pattern RATE_STEP = Pattern.compile("每(?:增加|上升|提高|超过|超出|增长)" + N + "%,?扣(?:减)?" + N + "分");
    private static final Pattern THRESHOLD = Pattern.compile("(?:小于|低于|不足|未达到)" + N + "%.*?不得分.*?(?:得分=|按超过的比重|按比例)");
    private static final Pattern THRESHOLD_MULTIPLIER = Pattern.compile("\\(1-" + N + "%\\)\\*(分值|" + N + ")");
    private static final Pattern BAND_ABOVE = Pattern.compile(N + "%(?:\\(含\\))?(?:及)?以上(?:计|得)" + N + "分");
    private static final Pattern BAND_RANGE = Pattern.compile(N + "%?-" + N + "%(?:\\(含\\))?(?:计|得)" + N + "分");
    private static final Pattern BAND_BELOW = Pattern.compile(N + "%(?:\\(不含\\))?以下(?:计|得)" + N + "分");
    private static final Pattern MET = Pattern.compile("达到(?:目标值|标准值|指标值|目标)(?:的)?(?:计|得)(?:" + N + "分|满分).*?否则不得分"
            + "|未达到(?:目标值|标准值|指标值|目标)(?:的)?(?:,)?不得分|未完成(?:的)?不得分");
    private static final Pattern QUALITATIVE = Pattern.compile("按完成情况(?:赋分|评分|打分|计分)"
            + "|(?:按|从|根据|依据).{0,40}?情况(?:赋分|评分|打分|计分)");

    private WrittenRules() {
    }

    /** What a rule text says: the rule (empty when not recognised), the 分值 it states, and remarks. */
    public record Recognition(Optional<ScoringRule> rule, Optional<BigDecimal> statedWeight, List<String> remarks) {
    }

    /**
     * Reads a 评(扣)分标准 text. {@code judge} is the default rule for the target; met-or-not
     * rules use it to decide whether the target was met.
     */
    public static Recognition recognise(String ruleText, ScoringRule judge, BigDecimal weight) {
        String s = TextFold.fold(ruleText).replace('×', '*').replace('＊', '*');
        List<String> remarks = new ArrayList<>();
        Optional<BigDecimal> stated = find(STATED_WEIGHT, s).map(m -> new BigDecimal(m.group(1)));
        Optional<ScoringRule> rule = rule(s, judge, weight, remarks);
        return new Recognition(rule, stated, remarks);
    }

    private static Optional<ScoringRule> rule(String s, ScoringRule judge, BigDecimal weight, List<String> remarks) {
        Optional<Matcher> m = find(CEILING, s);
        if (m.isPresent()) {
            Matcher c = m.get();
            BigDecimal full = new BigDecimal(c.group(3));
            remarkPoints(full, weight, "评分标准写明控制在限额内计" + c.group(3) + "分", remarks);
            return Optional.of(new ScoringRule.CeilingDeduction(c.group(1) == null ? null : new BigDecimal(c.group(1)),
                    c.group(2) == null ? "" : c.group(2), new BigDecimal(c.group(4)), new BigDecimal(c.group(5)), full));
        }
        m = find(THRESHOLD, s);
        if (m.isPresent()) {
            BigDecimal threshold = new BigDecimal(m.get().group(1));
            BigDecimal multiplier = find(THRESHOLD_MULTIPLIER, s).filter(x -> x.group(3) != null)
                    .map(x -> new BigDecimal(x.group(3))).orElse(null);
            if (multiplier != null) {
                remarkPoints(multiplier, weight, "计算公式乘以" + Measure.num(multiplier), remarks);
            }
            return Optional.of(new ScoringRule.ThresholdProportional(threshold, multiplier));
        }
        List<ScoringRule.Bands.Band> bands = bands(s);
        if (bands.size() >= 2) {
            BigDecimal top = bands.stream().map(ScoringRule.Bands.Band::points).max(Comparator.naturalOrder()).orElseThrow();
            remarkPoints(top, weight, "评分标准最高一档计" + Measure.num(top) + "分", remarks);
            return Optional.of(new ScoringRule.Bands(bands));
        }
        m = find(SHORTFALL_STEP, s);
        if (m.isPresent()) {
            return Optional.of(new ScoringRule.ShortfallDeduction(new BigDecimal(m.get().group(1)), new BigDecimal(m.get().group(2))));
        }
        m = find(RATE_STEP, s);
        if (m.isPresent()) {
            return Optional.of(new ScoringRule.RateDeduction(new BigDecimal(m.get().group(1)), new BigDecimal(m.get().group(2))));
        }
        m = find(MET, s);
        if (m.isPresent()) {
            if (m.get().group(1) != null) {
                remarkPoints(new BigDecimal(m.get().group(1)), weight, "评分标准写明达到目标值计" + m.get().group(1) + "分", remarks);
            }
            return Optional.of(new ScoringRule.MetOrNot(judge));
        }
        if (find(QUALITATIVE, s).isPresent()) {
            return Optional.of(new ScoringRule.Qualitative());
        }
        return Optional.empty();
    }

    private static List<ScoringRule.Bands.Band> bands(String s) {
        List<ScoringRule.Bands.Band> bands = new ArrayList<>();
        Matcher m = BAND_ABOVE.matcher(s);
        while (m.find()) {
            bands.add(new ScoringRule.Bands.Band(new BigDecimal(m.group(1)), null, new BigDecimal(m.group(2))));
        }
        m = BAND_RANGE.matcher(s);
        while (m.find()) {
            BigDecimal a = new BigDecimal(m.group(1));
            BigDecimal b = new BigDecimal(m.group(2));
            bands.add(new ScoringRule.Bands.Band(a.min(b), a.max(b), new BigDecimal(m.group(3))));
        }
        m = BAND_BELOW.matcher(s);
        while (m.find()) {
            bands.add(new ScoringRule.Bands.Band(BigDecimal.ZERO, new BigDecimal(m.group(1)), new BigDecimal(m.group(2))));
        }
        bands.sort(Comparator.comparing(ScoringRule.Bands.Band::from).reversed());
        return bands;
    }

    private static void remarkPoints(BigDecimal stated, BigDecimal weight, String what, List<String> remarks) {
        if (weight != null && stated.compareTo(weight) != 0) {
            remarks.add(what + "，与分值" + Measure.num(weight) + "分不符，按分值" + Measure.num(weight) + "分计");
        }
    }

    private static Optional<Matcher> find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? Optional.of(m) : Optional.empty();
    }
}
