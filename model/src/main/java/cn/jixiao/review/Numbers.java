package cn.jixiao.review;

import cn.jixiao.domain.MoneyText;
import cn.jixiao.domain.NumberText;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the stated figures of a form (分值, 得分, 执行率) for comparison with computed ones. */
public final class Numbers {
    // Possessive quantifiers and no start inside a run of digits: a search over a long run of
    // digits or spaces then tries each place once instead of rescanning the run from every digit.
    // Digits at most 20 before and after the point: a longer figure is no rate or weight, and
    // BigDecimal reads a long one in quadratic time.
    private static final Pattern RULE_WEIGHT = Pattern.compile("分值(?:为|是)?\\s*+(\\d{1,20}+(?:\\.\\d{1,20}+)?+)\\s*+分");
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    /** A plain number as written ('15', '　15', '１５'); empty when blank or not a number. */
    public static Optional<BigDecimal> plain(String text) {
        return NumberText.plain(text);
    }

    /** The 分值 a written scoring rule states ('该指标分值为10分，…' gives 10). */
    public static Optional<BigDecimal> ruleWeight(String rule) {
        if (rule == null) {
            return Optional.empty();
        }
        Matcher m = RULE_WEIGHT.matcher(MoneyText.fold(rule));
        return m.find() ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty();
    }

    /**
     * True when the text holds an ASCII digit anywhere. (The pattern '.*\\d.*' says the same but
     * backtracks over every digit of a line, quadratic in a long one.)
     */
    public static boolean hasDigit(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** '38.1692', '100', '99.99': no trailing zeros, never exponent notation. */
    public static String show(BigDecimal v) {
        return MoneyText.plain(v);
    }

    public static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
