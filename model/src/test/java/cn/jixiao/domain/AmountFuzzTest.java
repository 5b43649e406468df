package cn.jixiao.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: fuzzing the amount parser (what a clerk types into a 万元 field, and the stored text
 * review and import judge), a bounded number of tries in every build: no exception, one verdict,
 * and the editor, import and review agree on it through {@link Amount#validity()}.
 */
class AmountFuzzTest {
    private static final String[] PIECES = {"-", "－", "﹣", "−", "+", "＋", ".", "．", "。", ",", "，", "0", "7", "１５", "3.5",
            ".5", "5.", "1e3", "1,234.50", "¥", "元", "万元", "万", "亿", "五", " ", "\u3000", "\u00a0", "\u000B", "\u0001",
            "\uFFFF", "\uD800", "9".repeat(60), "31..5"};

    @Provide
    Arbitrary<String> amountLike() {
        return Arbitraries.of(PIECES).list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void amountLikeInputGetsOneVerdict(@ForAll("amountLike") String typed) {
        check(typed);
    }

    @Property(tries = 1000)
    void anyInputGetsOneVerdict(@ForAll @StringLength(max = 40) String typed) {
        check(typed);
    }

    private static void check(String typed) {
        MoneyText.Result r = MoneyText.parseInput("资金总额", typed);
        assertNotNull(r);
        if (r.ok()) {
            assertNull(r.error());
            assertEquals(Amount.Validity.VALID, r.amount().validity(), typed);
            assertTrue(r.amount().isEmpty() || r.amount().value().isPresent(), "the editor stores plain numbers only: " + typed);
        } else {
            assertNull(r.amount());
            assertTrue(r.error().startsWith("资金总额："), r.error());
        }
        Amount stored = Amount.of(typed);
        Amount.Validity v = stored.validity();
        if (v == Amount.Validity.NEGATIVE) {
            // the editor refuses what import and review call negative
            assertFalse(r.ok(), typed);
        }
        if (stored.value().isPresent()) {
            assertEquals(stored.value().get().signum() < 0, v == Amount.Validity.NEGATIVE, typed);
        }
    }

    /** A number as a clerk may type it: a sign, digits in some spelling, maybe 万 or 万元. */
    record Typed(String text, BigDecimal value) {
    }

    @Provide
    Arbitrary<Typed> typed() {
        Arbitrary<String> sign = Arbitraries.of("", "-", "－", "﹣", "−", "+", "＋");
        Arbitrary<BigDecimal> number = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999999")).ofScale(4);
        Arbitrary<Boolean> fullWidth = Arbitraries.of(true, false);
        Arbitrary<String> unit = Arbitraries.of("", "万", "万元", " 万元");
        return Combinators.combine(sign, number, fullWidth, unit).as((s, n, wide, u) -> {
            String plain = n.toPlainString();
            String digits = wide ? plain.chars().mapToObj(c -> String.valueOf(Character.isDigit(c) ? (char) ('０' + (c - '0')) : '．'))
                    .reduce("", String::concat) : plain;
            boolean negative = !s.isEmpty() && !s.equals("+") && !s.equals("＋");
            return new Typed(s + digits + u, negative ? n.negate() : n);
        });
    }

    @Property(tries = 2000)
    void aTypedNumberIsKeptWithItsScaleOrRefusedWhenNegative(@ForAll("typed") Typed t) {
        MoneyText.Result r = MoneyText.parseInput("全年执行数", t.text());
        if (t.value().signum() < 0) {
            assertFalse(r.ok(), t.text());
            assertTrue(r.error().contains("负数"), r.error());
        } else {
            assertTrue(r.ok(), t.text() + ": " + r.error());
            assertEquals(0, t.value().compareTo(r.amount().value().orElseThrow()), t.text());
            assertEquals(t.value().abs().scale(), r.amount().value().orElseThrow().scale(), "scale as typed: " + t.text());
        }
    }
}
