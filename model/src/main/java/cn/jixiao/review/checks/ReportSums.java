package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.ReportSection;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 自评报告中的合计: the report's prose states a total and the parts it is made of ("项目支出预算为
 * 838.14万元，其中：大院保安转辅警经费152.5万元，…"; "共设置指标18个，其中产出指标10个、效益指标5个、
 * 满意度指标3个"; "…，合计152.5万元"): the parts must add up to the total. Figures the clerk typed by
 * hand, so the program cannot compute them: it can only check that they agree with each other.
 *
 * <p>Read conservatively, one sentence (up to '。' or a line break) at a time: a total directly
 * before '其中' and the amounts in the same unit after it, up to the sentence's end or the next
 * '其中'; or two or more amounts before '合计'/'共计'/'总计' and the one right after it. A change
 * ('比预算增加699.64万元', '较上年减少…') is no part. A single part is only checked against its total
 * ('其中基本支出1839.57万元' need not be all of it), and must not exceed it.
 */
public final class ReportSums extends BaseCheck {
    /** Units a sum in the report is counted in; the longest spelling first. */
    private static final String[] UNITS = {"万元", "亿元", "元", "个", "项", "人", "次", "家", "篇", "件", "名", "户", "所"};
    /** Words that make an amount a change, not a part, when they come shortly before it in its clause. */
    private static final String[] CHANGE_WORDS = {"比", "较", "增加", "减少", "增长", "下降", "节约", "超支", "结余", "同比", "环比"};
    private static final String[] TOTAL_AFTER = {"合计", "共计", "总计"};
    private static final int MAX_DIGITS = 15;
    /** How far back from an amount its clause is read for a change word: enough for '比预算增加', bounded so a long text stays linear. */
    private static final int CLAUSE_REACH = 12;

    public ReportSums() {
        super("REPORT_SUM_MISMATCH", Severity.WARNING, "自评报告中写的合计数与所列各项之和不符");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        List<ReportSection> sections = y.report.sections;
        for (int k = 0; k < sections.size(); k++) {
            scan(out, y, sections.get(k), "sections[" + k + "]", "");
        }
        return out;
    }

    private void scan(List<Finding> out, FiscalYear y, ReportSection s, String path, String parentTitle) {
        String title = (parentTitle.isEmpty() ? "" : parentTitle + " ") + (s.number + s.title).strip();
        String text = s.text == null ? "" : s.text;
        int start = 0;
        for (int k = 0; k <= text.length(); k++) {
            if (k == text.length() || isSentenceEnd(text.charAt(k))) {
                if (k > start) {
                    sentence(text, start, k).ifPresent(m -> out.add(onUnit(y, FieldRef.report(path + ".text"), Names.REPORT,
                            "“" + title + "”中" + m)));
                }
                start = k + 1;
            }
        }
        for (int k = 0; k < s.subsections.size(); k++) {
            scan(out, y, s.subsections.get(k), path + ".subsections[" + k + "]", title);
        }
    }

    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '\n' || c == '\r' || c == '！' || c == '？';
    }

    /** An amount written in the text: its value, unit and where it stands. */
    record Amount(BigDecimal value, String unit, int start, int end, String written) {
    }

    /** What disagrees in one sentence, worded for the clerk; empty when it adds up or states no sum. */
    private static Optional<String> sentence(String text, int from, int to) {
        List<Amount> amounts = amounts(text, from, to);
        if (amounts.size() < 2) {
            return Optional.empty();
        }
        int whereOf = indexWithin(text, "其中", from, to);
        if (whereOf >= 0) {
            return partsAfter(text, amounts, whereOf, to);
        }
        for (String word : TOTAL_AFTER) {
            int at = indexWithin(text, word, from, to);
            if (at >= 0) {
                return totalAfter(text, amounts, at);
            }
        }
        return Optional.empty();
    }

    /** 'X万元，其中：A a万元，B b万元': the total right before '其中', the parts after it. */
    private static Optional<String> partsAfter(String text, List<Amount> amounts, int whereOf, int to) {
        Amount total = null;
        for (Amount a : amounts) {
            if (a.end() <= whereOf && onlyPunctuation(text, a.end(), whereOf)) {
                total = a;
            }
        }
        if (total == null) {
            return Optional.empty();
        }
        int next = indexWithin(text, "其中", whereOf + 2, to);
        int end = next >= 0 ? next : to;
        List<Amount> parts = new ArrayList<>();
        for (Amount a : amounts) {
            if (a.start() > whereOf && a.end() <= end && a.unit().equals(total.unit()) && !isChange(text, a.start(), whereOf + 2)) {
                parts.add(a);
            }
        }
        return judge(total, parts);
    }

    /** 'A a万元、B b万元，合计X万元': the parts before the word, the total right after it. */
    private static Optional<String> totalAfter(String text, List<Amount> amounts, int at) {
        Amount total = null;
        for (Amount a : amounts) {
            if (a.start() >= at && a.start() - at <= 6 && text.substring(at, a.start()).matches("(?:合计|共计|总计)[为是：:约]?\\s*")) {
                total = a;
                break;
            }
        }
        if (total == null) {
            return Optional.empty();
        }
        List<Amount> parts = new ArrayList<>();
        for (Amount a : amounts) {
            if (a.end() <= at && a.unit().equals(total.unit()) && !isChange(text, a.start(), 0)) {
                parts.add(a);
            }
        }
        return parts.size() < 2 ? Optional.empty() : judge(total, parts);
    }

    private static Optional<String> judge(Amount total, List<Amount> parts) {
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Amount p : parts) {
            sum = sum.add(p.value());
        }
        String u = total.unit();
        if (parts.size() == 1) {
            return parts.get(0).value().compareTo(total.value()) > 0
                    ? Optional.of("写的“其中”" + parts.get(0).written() + "大于总数" + total.written() + "，请核对。")
                    : Optional.empty();
        }
        // parts written to more decimals than the total ('838.14' of parts '838.141') agree when rounded to the total's places
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(0, total.value().scale())).divide(BigDecimal.valueOf(2));
        if (sum.subtract(total.value()).abs().compareTo(tolerance) < 0) {
            return Optional.empty();
        }
        List<String> listed = parts.stream().map(Amount::written).toList();
        return Optional.of("写的合计" + total.written() + "与所列" + parts.size() + "项之和" + Numbers.show(sum) + u
                + "不符（" + String.join("+", listed.stream().map(w -> w.replace(u, "")).toList()) + "=" + Numbers.show(sum)
                + u + "），请核对合计数或各项金额。");
    }

    private static boolean onlyPunctuation(String text, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if ("，,：:；; \u3000\t（(".indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The amount's clause (back to a separator, at most {@link #CLAUSE_REACH} characters) names a change. */
    private static boolean isChange(String text, int amountStart, int floor) {
        int k = amountStart - 1;
        int stop = Math.max(floor, amountStart - CLAUSE_REACH);
        while (k >= stop && "，,；;、：:".indexOf(text.charAt(k)) < 0) {
            k--;
        }
        String clause = text.substring(Math.max(k + 1, stop), amountStart);
        for (String w : CHANGE_WORDS) {
            if (clause.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The amounts with a unit of {@link #UNITS} in text[from, to), read once left to right. */
    static List<Amount> amounts(String text, int from, int to) {
        List<Amount> out = new ArrayList<>();
        int k = from;
        while (k < to) {
            char c = text.charAt(k);
            if (!isDigit(c) || k > from && (isDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
                k++;
                continue;
            }
            int start = k;
            while (k < to && isDigit(text.charAt(k))) {
                k++;
            }
            if (k + 1 < to && text.charAt(k) == '.' && isDigit(text.charAt(k + 1))) {
                k++;
                while (k < to && isDigit(text.charAt(k))) {
                    k++;
                }
            }
            int numberEnd = k;
            if (numberEnd - start > MAX_DIGITS) {
                continue;
            }
            int u = numberEnd;
            while (u < to && u - numberEnd < 2 && (text.charAt(u) == ' ' || text.charAt(u) == '\u3000')) {
                u++;
            }
            for (String unit : UNITS) {
                if (text.startsWith(unit, u) && u + unit.length() <= to) {
                    String number = text.substring(start, numberEnd);
                    out.add(new Amount(new BigDecimal(number), unit, start, u + unit.length(), number + unit));
                    k = u + unit.length();
                    break;
                }
            }
        }
        return out;
    }

    /** Where the word starts within text[from, to), or -1; never reads past {@code to}, so each sentence is read once. */
    private static int indexWithin(String text, String word, int from, int to) {
        for (int k = from; k + word.length() <= to; k++) {
            if (text.startsWith(word, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
