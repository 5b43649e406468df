package cn.jixiao.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reading amounts typed by a clerk: '15', '15.5', '15万', '15万元', full-width digits.
 * One place for the rules, used by the editors (lenient input) and by review (strict text).
 */
public final class MoneyText {
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern LENIENT = Pattern.compile("([-+]?(?:\\d+(?:\\.\\d+)?|\\.\\d+))\\.?\\s*(万元|万)?");

    /** Longer than this, a text is not an amount: 10^30 万元 is already far beyond any budget. */
    public static final int MAX_DIGITS = 40;

    private MoneyText() {
    }

    /** Full-width digits, dot, signs and spaces folded to ASCII ('－', '﹣' and '−' are minus signs). */
    public static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '－' || c == '﹣' || c == '\u2212') {
                b.append('-');
            } else if (c == '＋') {
                b.append('+');
            } else if (c == '．' || c == '。') {
                b.append('.');
            } else if (c == '，' || c == ',') {
                // thousands separators carry no value
            } else if (c == '\u3000' || c == '\u00a0') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    /** A figure as the forms write it: no exponent, no trailing zeros ('838.14', '18', '38.1692'). */
    public static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** A plain decimal in 万元 as stored; anything else (empty, '31..5', '15万') is empty. */
    public static Optional<BigDecimal> parsePlain(String text) {
        // No amount in 万元 has that many digits; reading a number of a million digits takes
        // minutes (BigDecimal's parse is quadratic), so a pasted run of digits is not read at all.
        if (text == null || text.length() > MAX_DIGITS || !PLAIN.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }

    /**
     * What a clerk types into a 万元 field, turned into the stored text, or an error message
     * naming the field and what is expected.
     */
    public static Result parseInput(String field, String typed) {
        String s = typed == null ? "" : fold(typed);
        if (s.isEmpty()) {
            return new Result(Amount.EMPTY, null);
        }
        var m = LENIENT.matcher(s);
        if (!m.matches()) {
            return new Result(null, field + "：“" + typed.strip() + "”不是有效金额，请输入以万元为单位的数字，如 15、15.5 或 15万元");
        }
        // '+5' is 5 and '.5' is 0.5; the digits as typed otherwise, so the scale stays
        String number = m.group(1).startsWith("+") ? m.group(1).substring(1) : m.group(1);
        Amount amount = Amount.of(number.contains(".") && number.matches("-?\\..*") ? new java.math.BigDecimal(number).toPlainString() : number);
        return switch (amount.validity()) {
            case VALID -> new Result(amount, null);
            case NEGATIVE -> new Result(null, field + "：金额不能为负数，请输入以万元为单位的数字，如 15 或 15.5");
            case NOT_A_NUMBER -> new Result(null, field + "：“" + typed.strip() + "”不是有效金额，请输入以万元为单位的数字，如 15、15.5 或 15万元");
        };
    }

    /** Outcome of {@link #parseInput}: an amount, or a message for the clerk. */
    public record Result(Amount amount, String error) {
        public boolean ok() {
            return error == null;
        }
    }
}
