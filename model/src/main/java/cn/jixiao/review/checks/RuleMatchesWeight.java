package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.MoneyText;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Rows;
import cn.jixiao.review.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A written 评(扣)分标准 agrees with its own 分值: '该指标分值为10分，…以内计20分' (002 部门整体)
 * awards more than the row is worth; '分值为20分，…得分=(实际完成率-60%)/(1-60%)*10' (002,
 * 公车管理) scales to another figure; and the rule's 分值 is the one in the 分值 column.
 */
public final class RuleMatchesWeight extends BaseCheck {
    /** Figures of at most 20 digits each side of the point: longer is no score, and would take BigDecimal long to read. */
    private static final Pattern AWARD = Pattern.compile("计\\s*+(\\d{1,20}+(?:\\.\\d{1,20}+)?+)\\s*+分");
    /** '得分=…*10': the start of a formula, and the factor it multiplies by later on the same line. */
    private static final Pattern FORMULA_START = Pattern.compile("得分\\s*+=");
    private static final Pattern FACTOR = Pattern.compile("[*×xX]\\s*+(\\d{1,20}(?:\\.\\d{1,20})?)(?![\\d.]|\\s*[%％])");

    public RuleMatchesWeight() {
        super("RULE_CONTRADICTS_WEIGHT", Severity.ERROR, "评（扣）分标准与该指标的分值自相矛盾");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Rows.Row r : Rows.all(y)) {
            var i = r.indicator();
            String rule = MoneyText.fold(i.scoringRule);
            Optional<BigDecimal> stated = Numbers.ruleWeight(rule);
            Optional<BigDecimal> column = Numbers.plain(i.weight);
            String who = Names.indicator(i) + "的评（扣）分标准";
            if (stated.isPresent() && column.isPresent() && !Numbers.same(stated.get(), column.get())) {
                out.add(onIndicator(y, r.project(), i, "scoringRule", who + "写明分值为" + Numbers.show(stated.get())
                        + "分，分值栏却是" + Numbers.show(column.get()) + "分。"));
                continue;
            }
            Optional<BigDecimal> weight = stated.or(() -> column);
            if (weight.isEmpty()) {
                continue;
            }
            Matcher m = AWARD.matcher(rule);
            boolean found = false;
            while (m.find() && !found) {
                BigDecimal award = new BigDecimal(m.group(1));
                if (award.compareTo(weight.get()) > 0) {
                    out.add(onIndicator(y, r.project(), i, "scoringRule", who + "说“该指标分值为" + Numbers.show(weight.get())
                            + "分”，却又写“" + m.group() + "”，得分不能超过分值" + Numbers.show(weight.get()) + "分，请改正其中一处。"));
                    found = true;
                }
            }
            Optional<String> factor = found ? Optional.empty() : factor(rule);
            if (factor.isPresent() && !Numbers.same(new BigDecimal(factor.get()), weight.get())) {
                out.add(onIndicator(y, r.project(), i, "scoringRule", who + "写明分值为" + Numbers.show(weight.get())
                        + "分，计算公式却乘以" + factor.get() + "，满分只能得" + factor.get() + "分，请统一为" + Numbers.show(weight.get()) + "。"));
            }
        }
        return out;
    }

    /**
     * The factor of the first '得分=' whose line goes on to multiply by a number ('×10', not '×60%').
     * Read line by line, once: when the first '得分=' of a line has no factor after it, no later one
     * on that line has, so the line is not searched again from each of them (which made a long
     * line of '得分=' quadratic).
     */
    static Optional<String> factor(String rule) {
        Matcher start = FORMULA_START.matcher(rule);
        Matcher factor = FACTOR.matcher(rule).useTransparentBounds(true);
        int from = 0;
        while (from < rule.length() && start.find(from)) {
            int lineEnd = lineEnd(rule, start.end());
            if (factor.region(start.end(), lineEnd).find()) {
                return Optional.of(factor.group(1));
            }
            from = lineEnd;
        }
        return Optional.empty();
    }

    /** Where the line ends, as '.' in a pattern sees it. */
    private static int lineEnd(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return k;
            }
        }
        return s.length();
    }
}
