package cn.jixiao.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one policy for computed rates: cut, never rounded up, and a stated figure agreeing when cut or rounded to its places. */
class PercentTest {
    private static BigDecimal ratio(String part, String whole) {
        return Percent.ratio(Amount.of(part), Amount.of(whole)).orElseThrow();
    }

    @Test
    void aRateIsCutNotRoundedUp() {
        assertEquals("99.99%", Percent.of(ratio("38.1692", "38.17")));
        // 0.9999995 would round to 1.000000 at six places; cut, it stays below 100%
        assertEquals("99.99%", Percent.of(ratio("9.999995", "10")));
        assertEquals("95.04%", Percent.of(ratio("115", "121")));
        assertEquals("66.66%", Percent.of(ratio("2", "3")));
        assertEquals("100.00%", Percent.of(ratio("418.45", "418.45")));
    }

    @Test
    void noRateWithoutBothFiguresOrOfANothing() {
        assertEquals(Optional.empty(), Percent.ratio(Amount.of("5"), Amount.EMPTY));
        assertEquals(Optional.empty(), Percent.ratio(Amount.of("5"), Amount.of("0")));
        assertEquals(Optional.empty(), Percent.ratio(Amount.of("31..5"), Amount.of("10")));
    }

    @Test
    void aStatedRateAgreesWhenCutOrRoundedToItsPlaces() {
        BigDecimal r = ratio("38.1692", "38.17");
        assertTrue(Percent.agrees(Percent.stated("99.99%").orElseThrow(), r), "as printed");
        assertTrue(Percent.agrees(Percent.stated("100%").orElseThrow(), r), "rounded to whole points");
        assertTrue(Percent.agrees(Percent.stated("１００％").orElseThrow(), r), "full-width");
        assertFalse(Percent.agrees(Percent.stated("99.9%").orElseThrow(), ratio("2", "3")));
        assertFalse(Percent.agrees(Percent.stated("90%").orElseThrow(), r));
        assertEquals(Optional.empty(), Percent.stated("百分之百"));
    }
}
