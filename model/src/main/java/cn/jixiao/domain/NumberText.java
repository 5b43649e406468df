package cn.jixiao.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * 数字文字: the one rule for "is this typed text a plain number", for 分值, 得分, staff counts,
 * amounts and any cell that holds a bare figure. Full-width digits and point, the Chinese full stop
 * used as a point, thousands separators and surrounding spaces are folded ({@link MoneyText#fold});
 * anything else ('15分', '31..5', '1 5', '约15') is no plain number. The editors, the CLI, the
 * forms and review all ask here, so what one accepts the others read the same.
 */
public final class NumberText {
    private NumberText() {
    }

    /** The text as it is kept once typed: folded, so '１５．５' is stored as '15.5' (scale as typed). */
    public static String folded(String text) {
        return text == null ? "" : MoneyText.fold(text);
    }

    /** The number a plain-number text stands for; empty when blank or not a plain number. */
    public static Optional<BigDecimal> plain(String text) {
        return text == null ? Optional.empty() : MoneyText.parsePlain(folded(text));
    }

    /** A plain number not below zero (a 分值, a 得分, a head count); empty otherwise. */
    public static Optional<BigDecimal> nonNegative(String text) {
        return plain(text).filter(v -> v.signum() >= 0);
    }

    /** True when the text is blank or a plain number not below zero: what a 分值 cell accepts. */
    public static boolean blankOrNonNegative(String text) {
        return folded(text).isEmpty() || nonNegative(text).isPresent();
    }
}
