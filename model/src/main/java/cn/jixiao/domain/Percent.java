package cn.jixiao.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a computed rate (执行率, 控制率, 时间进度) is written: two decimals, cut rather than rounded:
 * 38.1692 of 38.17 prints 99.99%, as the clerk wrote it, not a 100.00% that was not reached.
 * Forms, editors and the 年度总览 all write rates through here.
 */
public final class Percent {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
}
