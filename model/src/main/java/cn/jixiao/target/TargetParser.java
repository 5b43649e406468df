package cn.jixiao.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 指标值 as a person would: '≥95%', '不少于20次', '30次以上', '不高于3800元', '2024年12月前',
 * '控制在预算内', '成效显著'. Never throws: anything it cannot read as a number or a date is a
 * QUALITATIVE target, which is what an unreadable target is to a reviewer too.
 *
 * <p>A text is quantitative only when it holds exactly one number, followed by at most a short
 * unit and a direction word ('以上', '以内'); a label before it is allowed ('改进率95%以上',
 * '调研时间不少于60天'). Two numbers ('会务中心5666平方米，大院67931平方米') or a sentence after the
 * unit ('保障8小时工作时间') make it a description, hence qualitative. A percentage may be followed
 * by words ('100%完成民生重点实事项目'): the percentage is still the target.
 */
public final class TargetParser {
    /**
     * A number with its sign: '-5', '+5', '.5', '-.5', '5.5'. A dash right after a digit or a
     * percent sign joins a range ('85%-95%', '5-10次'), so it is no sign there.
     */
    private static final Pattern NUMBER = Pattern.compile("(?:(?<![\\d.%‰])[-+])?(?:\\d+(?:\\.\\d+)?|(?<!\\d)\\.\\d+)");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final String DATE_PREFIX = "(?:于|在|截至|截止|截止到|截止至|至|到|预计|计划|延迟至|推迟至|延期至|延至)?";
    private static final String DATE_SUFFIX = "(?:前|之前|以前|底前|底|末|内|止|完成|结束|截止|完工)*";
    private static final Pattern DATE_MONTH = Pattern.compile(DATE_PREFIX
            + "(\\d{4})年(?:\\d{1,2}月?-)?(\\d{1,2})月(?:(\\d{1,2})[日号]?)?" + DATE_SUFFIX);
    private static final Pattern DATE_YEAR_END = Pattern.compile(DATE_PREFIX
            + "(\\d{4})年(?:年底|年末|底|末|年内|内|度内|全年)" + DATE_SUFFIX);
    private static final Pattern DATE_ISO = Pattern.compile(DATE_PREFIX
            + "(\\d{4})[-./](\\d{1,2})(?:[-./](\\d{1,2})[日号]?|月)?" + DATE_SUFFIX);
    /**
     * A period whose end is the limit: '2023.1-2023.12', '2023年1月--2023年12月', '202301-202312',
     * '2023年1月至12月', '2023.01～2023.12', '1-12月'. The start is read only to take its year when
     * the end has none.
     */
    private static final Pattern DATE_RANGE = Pattern.compile(DATE_PREFIX
            + "(?:(\\d{4})(?:年度?|[./])?)?(\\d{1,2})(?:月份?|[./])?(?:\\d{1,2}[日号]?)?"
            + "(?:-+|至|到)"
            + "(?:(\\d{4})(?:年度?|[./])?)?(\\d{1,2})(月份?)?(?:[./]?(\\d{1,2})[日号]?)?" + DATE_SUFFIX);
    /** '202301-202312' and '20230101-20231231': year and month (and day) run together. */
    private static final Pattern DATE_RANGE_COMPACT = Pattern.compile(DATE_PREFIX
            + "\\d{6}(?:\\d{2})?(?:-+|至|到)(\\d{4})(\\d{2})(\\d{2})?" + DATE_SUFFIX);
    /** '年底前', '年内', '本年度内', '当年完成': the end of the form's year. */
    private static final Pattern DATE_YEARLESS_END = Pattern.compile(DATE_PREFIX
            + "(?:(?:本|当|今)(?:年度?)?)?(?:年底|年末|年内|年度内|年度末|年度底|全年度?)" + DATE_SUFFIX
            + "|" + DATE_PREFIX + "(?:本|当|今)年度?(?:前|之前|以前|底前|底|末|内|完成|结束)+");
    /** '12月底前', '12月31日前', '6月', '当年12月' ({@link Deadline#chinese()} of such a limit): a month (and day) of the form's year. */
    private static final Pattern DATE_YEARLESS_MONTH = Pattern.compile(DATE_PREFIX
            + "(?:(?:本|当|今)年度?)?(\\d{1,2})月(?:份)?(?:(\\d{1,2})[日号])?" + DATE_SUFFIX);
    /** '2023-2025年', '2023年至2025年': a period of whole years ends with the last one's December. */
    private static final Pattern DATE_YEAR_RANGE = Pattern.compile(DATE_PREFIX
            + "(?:\\d{4})年?度?(?:-+|至|到)(\\d{4})年度?" + DATE_SUFFIX);
    /** '2023年', '2023年度': the budget year, done by its end. */
    private static final Pattern DATE_YEAR = Pattern.compile(DATE_PREFIX + "(\\d{4})年度?" + DATE_SUFFIX);
    /** '2023年第四季度', '2023年四季度末', '2023年上半年', '下半年': the end of the quarter or half year. */
    private static final Pattern DATE_PART_OF_YEAR = Pattern.compile(DATE_PREFIX
            + "(?:(\\d{4})年度?)?(?:第?([一二三四1-4])季度|([上下])半年)" + DATE_SUFFIX);
    /**
     * What a budget is called in a ceiling: '预算', '预算数', and the amount approved for the project
     * ('批复金额', '批复预算'), which is the budget the form means.
     */
    private static final String BUDGET = "(?:预算|批复金额|批复数|批复资金)";
    private static final Pattern CEILING = Pattern.compile(
            ".*(?:不超过?|不超出|不高于|不得超过?|不突破|控制在|严控在|限于|≤|<|小于等于|未超过?|未超出|未突破|没有超过?|没有超出)"
                    + ".*" + BUDGET + ".*"
                    + "|.*" + BUDGET + "(?:指标|控制数|控制额|数|金额|资金)?(?:范围)?(?:以内|之内|内)(?:完成|开支|支出)?"
                    + "|(?:\\d{4}年度?)?(?:年初|年度)?预算");
    /**
     * A note in brackets after the target ('≥95%（以验收报告为准）', '20次（以会议记录为准）',
     * '95%以上（含95%）'): it says how the target is checked, not what it is. One character in
     * brackets is part of the unit ('20台（套）', '1200人（次）'), '（含）' a bound included; a bracket
     * with a figure of its own is a note when it opens as one ('（每月1期）', '（其中财政资金800万元）'),
     * else more of the target ('5666平方米（大院67931平方米）').
     */
    private static final Pattern TRAILING_NOTE = Pattern.compile(
            "(.+?)\\((?:(?:含|每|以|按|其中|即|注|根据|依据|满分)[^()]+|[^()\\d]{2,})\\)");
    /** '≥95%（含95%）以上': the bound said to be included, inside the target; '（含）' alone is read where it stands. */
    private static final Pattern INCLUDED_BOUND = Pattern.compile("\\(含[^()]+\\)(?=.)");
    /**
     * The act a limit is set for, after the limit ('5个工作日内办结', '24小时内响应', '30分钟内到达'):
     * it names what must be done in time; the limit is the target.
     */
    private static final Pattern ACT_AFTER_LIMIT = Pattern.compile(
            "(.*\\d.*(?:以内|之内|内))(?:完成|办结|办理|响应|到达|到场|到位|处置|处理|答复|回复|反馈|兑现|发放|拨付|支付|"
                    + "整改|修复|解决|受理|审核|审批|结算|上报|报送)");
    /** A deadline followed by what must be done by then ('2024年3月前完成验收', '12月底前全部完成'). */
    private static final Pattern ACT_AFTER_DEADLINE = Pattern.compile("(.*(?:前|之前|以前|底|末|完成|完工))[^\\d]{1,12}");
    private static final List<Map.Entry<String, TargetComparator>> PREFIX_WORDS = List.of(
            Map.entry("大于或等于", TargetComparator.GE), Map.entry("大于等于", TargetComparator.GE),
            Map.entry("小于或等于", TargetComparator.LE), Map.entry("小于等于", TargetComparator.LE),
            Map.entry("低于或等于", TargetComparator.LE),
            Map.entry("不得超过", TargetComparator.LE), Map.entry("不得高于", TargetComparator.LE),
            Map.entry("不少于", TargetComparator.GE), Map.entry("不低于", TargetComparator.GE),
            Map.entry("不小于", TargetComparator.GE), Map.entry("不短于", TargetComparator.GE),
            Map.entry("不超过", TargetComparator.LE), Map.entry("不超出", TargetComparator.LE),
            Map.entry("不高于", TargetComparator.LE), Map.entry("不多于", TargetComparator.LE),
            Map.entry("不大于", TargetComparator.LE), Map.entry("不长于", TargetComparator.LE),
            Map.entry("控制在", TargetComparator.LE), Map.entry("不超", TargetComparator.LE),
            Map.entry("至少", TargetComparator.GE), Map.entry("最少", TargetComparator.GE),
            Map.entry("最低", TargetComparator.GE), Map.entry("达到", TargetComparator.GE),
            Map.entry("最多", TargetComparator.LE), Map.entry("最高", TargetComparator.LE),
            Map.entry("大于", TargetComparator.GT), Map.entry("高于", TargetComparator.GT),
            Map.entry("超过", TargetComparator.GT), Map.entry("多于", TargetComparator.GT),
            Map.entry("小于", TargetComparator.LT), Map.entry("低于", TargetComparator.LT),
            Map.entry("少于", TargetComparator.LT),
            Map.entry("≥", TargetComparator.GE), Map.entry("≤", TargetComparator.LE),
            Map.entry(">", TargetComparator.GT), Map.entry("<", TargetComparator.LT),
            Map.entry("=", TargetComparator.EQ), Map.entry("达", TargetComparator.GE));
    private static final List<Map.Entry<String, TargetComparator>> SUFFIX_WORDS = List.of(
            Map.entry("(含)以上", TargetComparator.GE), Map.entry("含以上", TargetComparator.GE),
            Map.entry("及以上", TargetComparator.GE), Map.entry("以上", TargetComparator.GE),
            Map.entry("(含)以下", TargetComparator.LE), Map.entry("及以下", TargetComparator.LE),
            Map.entry("以下", TargetComparator.LE), Map.entry("以内", TargetComparator.LE),
            Map.entry("之内", TargetComparator.LE), Map.entry("内", TargetComparator.LE));
    /**
     * A unit: a short word ('次', '家单位', '个百分点'), or a compound one of up to four such parts
     * joined by '/', '*', '·' or '每' ('元/人·月', '元/平方米', '人次/月', '万元/公里', '元/人/月',
     * 'kg/亩', '元每人每月'). Anything longer after the number is a sentence, hence a description.
     */
    private static final String UNIT_PART = "[^\\d,.;:!?()、\"'“”‘’/*·・•×每]";
    private static final Pattern SHORT_UNIT = Pattern.compile(
            UNIT_PART + "{0,4}(?:\\(" + UNIT_PART + "\\))?(?:(?:[/*·・•×]每?|每)" + UNIT_PART + "{1,5}){0,3}");
    /** Square and cubic metres: NFKC makes '㎡' and 'm²' into 'm2', whose digit is no number. */
    private static final Pattern POWER_UNIT = Pattern.compile("(?<=[mM])([23])(?![\\d.])");
    /**
     * A range: '90%-95%', '5-10次', '90%至95%', '≥90%且≤100%'. The lower end is what must be reached,
     * so it reads as ≥ the lower end, in the unit of the upper one when the lower has none.
     */
    private static final Pattern RANGE = Pattern.compile(
            "(.{0,12}?)(\\d+(?:\\.\\d+)?)(%|‰)?(?:-+|至|到)(\\d+(?:\\.\\d+)?)(.{0,6}?)(?:之间|以内|范围内|区间)?");
    private static final Pattern BOUNDS = Pattern.compile(
            "(.{0,12}?(?:≥|不低于|不少于|大于等于|大于或等于)\\d+(?:\\.\\d+)?[^且并,]{0,6})(?:,?并?且|,|和)(?:≤|<|不高于|不超过|小于等于|小于或等于)\\d+(?:\\.\\d+)?[^且并,]{0,6}");
    /** Chinese numerals before a measure word ('两次', '不少于十个', '三个月', '百分之九十五'). */
    private static final Pattern CHINESE_COUNT = Pattern.compile(
            "(.{0,8}?)([零〇一二两三四五六七八九十百千]{1,6})(个月|个百分点|个|次|人次|人|项|家|篇|年|天|日|份|场|期|批|所|件|台|辆|套|名|户|条|处|座|本|张|轮|周|季度|小时|批次)(.{0,4})");
    private static final Pattern CHINESE_PERCENT = Pattern.compile("(.{0,8}?)百分之([零〇一二两三四五六七八九十百]{1,6})(.{0,4})");
    private static final int MAX_LENGTH = 2000;

    private TargetParser() {
    }

    /** The target read from its text alone. */
    public static TargetValue parse(String text) {
        return parse(text, "");
    }

    /**
     * The target read from its text, with the 指标值类型 column (≥ ≤ = 定性) where the layout has
     * one. A direction written in the text wins; the column fills in a bare quantity's direction;
     * 定性 makes anything but a date qualitative.
     */
    public static TargetValue parse(String text, String comparatorHint) {
        String original = text == null ? "" : text;
        try {
            TargetValue read = read(original);
            return applyHint(read, comparatorHint);
        } catch (RuntimeException e) {
            // A parser for free text must not stop the clerk's work; unreadable means qualitative.
            return TargetValue.qualitative(original);
        }
    }

    private static TargetValue applyHint(TargetValue read, String hint) {
        String h = TextFold.fold(hint);
        if (h.isEmpty()) {
            return read;
        }
        if (h.equals("定性")) {
            return read.kind() == TargetKind.DATE ? read : read.asQualitative();
        }
        Optional<TargetComparator> c = TargetComparator.ofSymbol(h);
        if (c.isPresent() && read.kind() == TargetKind.QUANTITATIVE && !read.comparatorWritten()) {
            return read.withComparator(c.get());
        }
        return read;
    }

    /** The reading itself; package-private so the fuzz test sees an exception {@link #parse} would hide. */
    static TargetValue read(String original) {
        String s = TextFold.fold(original);
        if (s.length() > MAX_LENGTH) {
            return TargetValue.qualitative(original);
        }
        s = THOUSANDS.matcher(s).replaceAll("");
        s = s.replaceAll("[.,;:!?、。；：]+$", "");
        s = INCLUDED_BOUND.matcher(s).replaceAll("");
        Matcher note = TRAILING_NOTE.matcher(s);
        if (note.matches()) {
            s = note.group(1);
        }
        if (s.isEmpty()) {
            return TargetValue.qualitative(original);
        }
        Optional<Deadline> date = date(s);
        if (date.isEmpty()) {
            Matcher act = ACT_AFTER_DEADLINE.matcher(s);
            date = act.matches() ? date(act.group(1)) : date;
        }
        if (date.isPresent()) {
            return new TargetValue(original, TargetKind.DATE, TargetComparator.LE, true, null, "", date.get(), false);
        }
        if (CEILING.matcher(s).matches() && !NUMBER.matcher(s.replaceAll("\\d{4}年", "")).find()) {
            return new TargetValue(original, TargetKind.QUALITATIVE, TargetComparator.LE, true, null, "", null, true);
        }
        s = POWER_UNIT.matcher(s).replaceAll(r -> r.group(1).equals("2") ? "²" : "³");
        Matcher act = ACT_AFTER_LIMIT.matcher(s);
        if (act.matches()) {
            s = act.group(1);
        }
        Optional<TargetValue> q = quantity(original, s);
        if (q.isEmpty()) {
            q = range(original, s);
        }
        if (q.isEmpty()) {
            q = chineseNumber(s).flatMap(arabic -> quantity(original, arabic));
        }
        return q.orElseGet(() -> TargetValue.qualitative(original));
    }

    /** '90%-95%' reads as ≥90%, '≥90%且≤100%' as ≥90%: reaching the lower end is what is asked. */
    private static Optional<TargetValue> range(String original, String s) {
        Matcher b = BOUNDS.matcher(s);
        if (b.matches()) {
            Optional<TargetValue> low = quantity(original, b.group(1));
            Optional<TargetValue> high = quantity(original, s.substring(b.end(1)).replaceFirst("^(?:,?并?且|,|和)", ""));
            return low.map(l -> high.map(h -> l.withUpper(h.value())).orElse(l));
        }
        Matcher m = RANGE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal low = new BigDecimal(m.group(2));
        BigDecimal high = new BigDecimal(m.group(4));
        if (low.compareTo(high) >= 0) {
            return Optional.empty();
        }
        String unit = m.group(3) != null ? m.group(3) : m.group(5);
        return quantity(original, m.group(1) + m.group(2) + unit + "以上").map(t -> t.withUpper(high));
    }

    /** The text with its Chinese numeral written in digits, when it counts something ('两次' → '2次'); else empty. */
    private static Optional<String> chineseNumber(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= '0' && s.charAt(k) <= '9') {
                return Optional.empty();
            }
        }
        Matcher p = CHINESE_PERCENT.matcher(s);
        if (p.matches()) {
            return ChineseNumeral.value(p.group(2)).map(v -> p.group(1) + v + "%" + p.group(3));
        }
        Matcher m = CHINESE_COUNT.matcher(s);
        if (m.matches()) {
            return ChineseNumeral.value(m.group(2)).map(v -> m.group(1) + v + m.group(3) + m.group(4));
        }
        return Optional.empty();
    }

    private static Optional<Deadline> date(String s) {
        Matcher m = DATE_MONTH.matcher(s);
        if (m.matches()) {
            return deadline(m.group(1), m.group(2), m.group(3));
        }
        m = DATE_YEAR_END.matcher(s);
        if (m.matches()) {
            return deadline(m.group(1), "12", null);
        }
        m = DATE_ISO.matcher(s);
        if (m.matches()) {
            return deadline(m.group(1), m.group(2), m.group(3));
        }
        m = DATE_RANGE_COMPACT.matcher(s);
        if (m.matches()) {
            return deadline(m.group(1), m.group(2), m.group(3));
        }
        m = DATE_RANGE.matcher(s);
        if (m.matches()) {
            String year = m.group(3) != null ? m.group(3) : m.group(1);
            // '1-12' with neither a year nor '月' is a range of numbers, not of months
            if (year == null && !s.contains("月")) {
                return Optional.empty();
            }
            return deadline(year, m.group(4), m.group(6));
        }
        m = DATE_YEAR_RANGE.matcher(s);
        if (m.matches()) {
            return deadline(m.group(1), "12", null);
        }
        m = DATE_YEAR.matcher(s);
        if (m.matches()) {
            return deadline(m.group(1), "12", null);
        }
        m = DATE_PART_OF_YEAR.matcher(s);
        if (m.matches()) {
            int month = m.group(3) != null ? (m.group(3).equals("上") ? 6 : 12)
                    : 3 * ("一二三四".indexOf(m.group(2)) >= 0 ? "一二三四".indexOf(m.group(2)) + 1 : Integer.parseInt(m.group(2)));
            return deadline(m.group(1), String.valueOf(month), null);
        }
        m = DATE_YEARLESS_END.matcher(s);
        if (m.matches()) {
            return deadline(null, "12", null);
        }
        m = DATE_YEARLESS_MONTH.matcher(s);
        if (m.matches()) {
            return deadline(null, m.group(1), m.group(2));
        }
        return Optional.empty();
    }

    /**
     * The years a period may name: '2023.1' is a month on real forms, but '1900.01' or '2677.71' is a
     * figure, and a budget's 指标值 names no year before the performance reforms or far ahead.
     */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private static Optional<Deadline> deadline(String y, String mo, String d) {
        int year = y == null ? Deadline.YEAR_OF_FORM : Integer.parseInt(y);
        int month = Integer.parseInt(mo);
        int day = d == null ? 0 : Integer.parseInt(d);
        if (y != null && (year < FIRST_YEAR || year > LAST_YEAR) || month < 1 || month > 12 || day > 31) {
            return Optional.empty();
        }
        // a day without a year is checked against a leap year: '2月29日前' is a date in some years
        if (day > 0 && day > java.time.YearMonth.of(y == null ? 2000 : year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(new Deadline(year, month, day));
    }

    private static Optional<TargetValue> quantity(String original, String s) {
        Matcher m = NUMBER.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        int start = m.start();
        int end = m.end();
        String number = m.group();
        if (m.find() || number.length() > 30) {
            return Optional.empty();
        }
        String before = s.substring(0, start);
        String after = s.substring(end);
        TargetComparator comparator = null;
        if (after.length() > 1 && (after.charAt(0) == '余' || after.charAt(0) == '多')) {
            // '200余人', '500多人次': more than the number, which is what must be reached
            comparator = TargetComparator.GE;
            after = after.substring(1);
        }
        for (var w : SUFFIX_WORDS) {
            if (after.endsWith(w.getKey())) {
                comparator = w.getValue();
                after = after.substring(0, after.length() - w.getKey().length());
                break;
            }
        }
        if (after.endsWith("左右")) {
            after = after.substring(0, after.length() - 2);
        }
        if (after.endsWith("(含)")) {
            // '100%（含）': the bound itself is included, so it is a floor reached at 100%
            after = after.substring(0, after.length() - 3);
            comparator = comparator == null ? TargetComparator.GE : comparator;
        }
        for (var w : PREFIX_WORDS) {
            if (before.endsWith(w.getKey())) {
                comparator = w.getValue();
                break;
            }
        }
        String unit;
        if (after.startsWith("%") || after.startsWith("‰")) {
            unit = after.substring(0, 1);
        } else if (SHORT_UNIT.matcher(after).matches()) {
            unit = after;
        } else {
            return Optional.empty();
        }
        boolean written = comparator != null;
        return Optional.of(new TargetValue(original, TargetKind.QUANTITATIVE,
                written ? comparator : TargetComparator.EQ, written, new BigDecimal(number), unit, null, false));
    }
}
