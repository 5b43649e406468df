package cn.jixiao.unitlevel;

import cn.jixiao.domain.MoneyText;
import cn.jixiao.domain.Amount;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/** Reading and adding the amounts of the unit-level forms. */
public final class Figures {
    private Figures() {
    }

    /** The number an amount stands for: {@link Amount#meant()}. */
    public static Optional<BigDecimal> read(Amount a) {
        return a == null ? Optional.empty() : a.meant();
    }

    /** The sum of the parts that hold a number; empty when none does. */
    public static Optional<BigDecimal> sum(Collection<Optional<BigDecimal>> parts) {
        BigDecimal total = null;
        for (Optional<BigDecimal> p : parts) {
            if (p.isPresent()) {
                total = total == null ? p.get() : total.add(p.get());
            }
        }
        return Optional.ofNullable(total);
    }

    /** As the forms write amounts: no exponent, no trailing zeros beyond what the figure needs ('838.14', '18', '38.1692'). */
    public static String format(BigDecimal v) {
        return MoneyText.plain(v);
    }

    public static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
