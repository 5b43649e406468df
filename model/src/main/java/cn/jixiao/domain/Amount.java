package cn.jixiao.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * 金额 (an amount in 万元) as the clerk or the published form wrote it.
 *
 * <p>The written text is the stored value: '18.00' keeps its two places, and a mistyped
 * '31..5' or '15万' from a real form survives so review can point at it. {@link #value()}
 * gives the number when the text is a clean amount; never a double.
 */
public final class Amount {
    public static final Amount EMPTY = new Amount("");

    private final String text;

    private Amount(String text) {
        this.text = text;
    }

    @JsonCreator
    public static Amount of(String text) {
        if (text == null) {
            return EMPTY;
        }
        String t = text.strip();
        return t.isEmpty() ? EMPTY : new Amount(t);
    }

    public static Amount of(BigDecimal value) {
        return value == null ? EMPTY : new Amount(value.toPlainString());
    }

    @JsonValue
    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The number, when the text is a plain decimal ('152.5', '0', '38.1692'); scale as written. */
    public Optional<BigDecimal> value() {
        return MoneyText.parsePlain(text);
    }

    /** The number, or zero when empty; empty means "nothing in this cell". */
    public BigDecimal valueOrZero() {
        return value().orElse(BigDecimal.ZERO);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount a && a.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
