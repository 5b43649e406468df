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

    /**
     * The number the clerk meant: a clean '152.5' as is; a '15万' or '120万元' typed into a 万元
     * cell read as meant, so sums still work while review flags the text. Empty when blank or unreadable.
     */
    public Optional<BigDecimal> meant() {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> plain = value();
        if (plain.isPresent()) {
            return plain;
        }
        MoneyText.Result r = MoneyText.parseInput("", text);
        return r.ok() ? r.amount().value() : Optional.empty();
    }

    /** What a 万元 cell may hold, by {@link #validity()}. */
    public enum Validity {
        /** Empty, or a plain decimal not below zero. */
        VALID,
        /** A plain decimal below zero: no budget, appropriation or spending in these forms is negative. */
        NEGATIVE,
        /** Not a plain decimal ('31..5', '15万'): kept as written so review can point at it. */
        NOT_A_NUMBER
    }

    /**
     * 有效金额: the one rule for a valid amount, applied by the editors ({@link MoneyText#parseInput}),
     * the JSON import (which refuses a negative amount) and review (which reports both faults).
     */
    public Validity validity() {
        if (text.isEmpty()) {
            return Validity.VALID;
        }
        Optional<BigDecimal> v = value();
        if (v.isPresent()) {
            return v.get().signum() < 0 ? Validity.NEGATIVE : Validity.VALID;
        }
        // '－3.5' in full-width is no plain number, but it is negative all the same
        boolean negative = NumberText.plain(text).map(n -> n.signum() < 0).orElse(false);
        return negative ? Validity.NEGATIVE : Validity.NOT_A_NUMBER;
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
