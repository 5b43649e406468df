package cn.jixiao.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 比率: the one rule for a computed rate (执行率, 控制率, 时间进度) and how it is written.
 *
 * <p>The policy, for every rate the program computes: the quotient is taken as a fraction cut
 * (never rounded up) at {@value #FRACTION_PLACES} places ({@link #ratio}); it is shown and printed
 * in percentage points with two decimals, cut ({@link #of}, {@link #points}): 38.1692 of 38.17
 * prints 99.99%, as the clerk wrote it, not a 100.00% that was not reached. The funds row's
 * 得分 is computed from those shown points, so the printed 执行率 × 分值 gives the printed 得分.
 * A rate the form states agrees with the computed one when it is that rate cut or rounded to the
 * places the stated figure shows ({@link #agrees}): '100%' for 99.99%, '99.99%', '95.04%'.
 * Forms, editors, scoring, review and the 年度总览 all go through here.
 */
public final class Percent {
    /** Places of the fraction: far beyond what is shown, so cutting it again for display is exact. */
    public static final int FRACTION_PLACES = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    // Possessive quantifiers and no start inside a run of digits: a search over a long run of digits
    // tries each place once. At most 20 digits each side of the point: a longer figure is no rate.
    private static final Pattern STATED = Pattern.compile("(-?(?<!\\d)\\d{1,20}+(?:\\.\\d{1,20}+)?+)\\s*+[%％]");

    private Percent() {
    }

    /** '99.99%' for 0.999922. */
    public static String of(BigDecimal fraction) {
        return points(fraction).toPlainString() + "%";
    }

    /** The fraction in percentage points with two decimals, cut: 99.99 for 0.999922. */
    public static BigDecimal points(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(2, RoundingMode.DOWN);
    }

    /** part ÷ whole as a fraction; empty when either is missing or the whole is not above zero. */
    public static Optional<BigDecimal> ratio(Optional<BigDecimal> part, Optional<BigDecimal> whole) {
        if (part.isEmpty() || whole.isEmpty() || whole.get().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(part.get().divide(whole.get(), FRACTION_PLACES, RoundingMode.DOWN));
    }

    /** Two amounts' ratio, when both are plain numbers. */
    public static Optional<BigDecimal> ratio(Amount part, Amount whole) {
        return ratio(part.value(), whole.value());
    }

    /** The percentage a form states ('100%', '248.04%', '９５％'), in percentage points. */
    public static Optional<BigDecimal> stated(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = STATED.matcher(MoneyText.fold(text));
        return m.find() ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty();
    }

    /** Whether stated percentage points agree with the fraction: it cut or rounded to the places stated. */
    public static boolean agrees(BigDecimal statedPoints, BigDecimal fraction) {
        int places = Math.max(statedPoints.scale(), 0);
        BigDecimal p = fraction.multiply(HUNDRED);
        return p.setScale(places, RoundingMode.DOWN).compareTo(statedPoints) == 0
                || p.setScale(places, RoundingMode.HALF_UP).compareTo(statedPoints) == 0;
    }
}
