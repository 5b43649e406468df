package cn.jixiao.target;

import cn.jixiao.domain.Indicator;
import cn.jixiao.scoring.ScoreResult;
import cn.jixiao.scoring.ScoringEngine;
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
 * Issue 14: fuzzing the 指标值 parser (and the scoring that reads actuals with it), a bounded
 * number of tries in every build. No exception escapes the reading itself (not merely caught by
 * {@link TargetParser#parse}), and a number keeps the sign its text gives it.
 */
class TargetParserFuzzTest {
    private static final String[] PIECES = {"≥", "≤", ">", "<", "=", "＞＝", "不少于", "不低于", "不超过", "控制在", "以上", "以内",
            "(含)", "%", "％", "‰", "次", "万元", "元", "个百分点", "年", "月", "日前", "底", "预算", "-", "－", "﹣", "−", "—", "+",
            "＋", ".", "．", ",", "，", "0", "5", "１２", "3.5", ".5", "5.", "1e3", "1,000", "五", "二十", "左右", " ", "\u3000",
            "\u000B", "\u0001", "\uFFFF", "\uD800", "\uD83D\uDE00", "\u0301", "١٢٣", "9".repeat(40)};

    @Provide
    Arbitrary<String> targetLike() {
        return Arbitraries.of(PIECES).list().ofMaxSize(10).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void targetLikeTextNeverThrowsAndReadsConsistently(@ForAll("targetLike") String text) {
        check(text);
    }

    @Property(tries = 1000)
    void anyTextNeverThrows(@ForAll @StringLength(max = 80) String text) {
        check(text);
    }

    private static void check(String text) {
        TargetValue t = TargetParser.read(text);
        assertNotNull(t);
        assertEquals(text, t.text());
        switch (t.kind()) {
            case QUANTITATIVE -> {
                assertNotNull(t.value(), text);
                assertNotNull(t.comparator(), text);
                // a minus sign only from the text, never made up or from a range's dash alone
                assertTrue(t.value().signum() >= 0 || TextFold.fold(text).contains("-"), text);
            }
            case DATE -> assertNotNull(t.deadline().lastDay(), text);
            case QUALITATIVE -> assertNull(t.value(), text);
        }
        assertFalse(t.describe().isEmpty());
    }

    /** A written direction, a sign as keyboards and Word give it, a number in some spelling, a unit. */
    record Written(String prefix, String sign, boolean negative, BigDecimal number, String digits, String unit, String suffix) {
        String text() {
            return prefix + sign + digits + unit + suffix;
        }

        BigDecimal expected() {
            return negative ? number.negate() : number;
        }
    }

    @Provide
    Arbitrary<Written> written() {
        Arbitrary<String> prefix = Arbitraries.of("", "≥", "≤", ">", "<", "不低于", "不少于", "不超过", "至少", "大于", "增长率不低于", "≧");
        Arbitrary<String> sign = Arbitraries.of("", "-", "－", "﹣", "−", "+", "＋");
        Arbitrary<BigDecimal> number = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999")).ofScale(2);
        Arbitrary<Integer> spelling = Arbitraries.integers().between(0, 3);
        Arbitrary<String> unit = Arbitraries.of("", "%", "次", "万元", "个百分点", "人");
        Arbitrary<String> suffix = Arbitraries.of("", "以上", "以内", "及以下");
        return Combinators.combine(prefix, sign, number, spelling, unit, suffix).as((p, s, n, how, u, x) -> {
            String plain = n.stripTrailingZeros().toPlainString();
            String digits = switch (how) {
                case 0 -> plain;
                case 1 -> plain.startsWith("0.") ? plain.substring(1) : plain;        // '.5'
                case 2 -> fullWidth(plain);                                            // '１２．５'
                default -> n.compareTo(new BigDecimal("1000")) >= 0 && !plain.contains(".")
                        ? String.format("%,d", n.longValue()) : plain;                 // '12,345'
            };
            boolean negative = (s.equals("-") || s.equals("－") || s.equals("﹣") || s.equals("−")) && n.signum() != 0;
            return new Written(p, s, negative, n, digits, u, p.isEmpty() ? x : "");
        }).filter(w -> !aPeriod(w.text()));
    }

    /**
     * A bare '2023.1' names a month on real forms (TargetParser reads it as a date, years
     * FIRST_YEAR to LAST_YEAR), so it is no number to read with its sign.
     */
    private static boolean aPeriod(String text) {
        var m = java.util.regex.Pattern.compile("(\\d{4})\\.(\\d{1,2})").matcher(TextFold.fold(text).strip());
        return m.matches() && Integer.parseInt(m.group(1)) >= TargetParser.FIRST_YEAR
                && Integer.parseInt(m.group(1)) <= TargetParser.LAST_YEAR
                && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12;
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(Character.isDigit(c) ? (char) ('０' + (c - '0')) : c == '.' ? '．' : c);
        }
        return b.toString();
    }

    @Property(tries = 2000)
    void aWrittenNumberIsReadWithItsSign(@ForAll("written") Written w) {
        TargetValue t = TargetParser.parse(w.text());
        assertEquals(TargetKind.QUANTITATIVE, t.kind(), w.text());
        assertEquals(0, w.expected().compareTo(t.value()), w.text() + " read as " + t.value());
        assertEquals(w.expected().signum(), t.value().signum(), w.text());
        if (!w.prefix().isEmpty() || !w.suffix().isEmpty()) {
            assertTrue(t.comparatorWritten(), w.text());
        }
    }

    @Property(tries = 1500)
    void aScoreStaysWithinItsWeightWhateverTheSigns(@ForAll("written") Written target, @ForAll("written") Written actual,
                                                   @ForAll("targetLike") String rule) {
        Indicator i = new Indicator("产出指标", "数量指标", "", target.text());
        i.selfEvaluation.actual = actual.sign() + actual.digits() + actual.unit();
        i.weight = "10";
        i.scoringRule = rule;
        ScoreResult r = ScoringEngine.score(i);
        assertFalse(r.explanation().isBlank());
        if (r.computed()) {
            assertTrue(r.score().signum() >= 0 && r.score().compareTo(BigDecimal.TEN) <= 0, i.target + " / " + i.selfEvaluation.actual + ": " + r.explanation());
        }
        boolean upward = target.prefix().matches("≥|不低于|不少于|至少|增长率不低于|≧") && rule.isEmpty();
        if (upward && r.computed() && actual.unit().equals(target.unit())) {
            // reaching a lower bound scores in full; falling short of it never does
            boolean reached = actual.expected().compareTo(target.expected()) >= 0;
            assertEquals(reached, r.score().compareTo(BigDecimal.TEN) == 0, i.target + " / " + i.selfEvaluation.actual + ": " + r.explanation());
        }
    }
}
