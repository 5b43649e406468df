package cn.jixiao.domain;

import cn.jixiao.review.Numbers;
import cn.jixiao.scoring.ScoringEngine;
import cn.jixiao.selfevaluation.ScoreOverride;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "Is this a plain number" has one answer ({@link NumberText}): the score override, the scoring
 * engine, review and the forms used to answer it four ways ('1 5' was 15 for one and text for
 * another, '15分' a 分值 for the engine and none for review).
 */
class NumberTextTest {
    @ParameterizedTest(name = "“{0}”")
    @CsvSource(delimiter = '|', value = {
            "15|15", "　15|15", "１５|15", "10.5|10.5", "１０．５|10.5", "8。5|8.5",
            "1 5|", "15分|", "31..5|", "约15|", "''|"})
    void everyReaderTakesTheSameTextsAsTheSameNumbers(String text, String expected) {
        Optional<BigDecimal> want = expected == null ? Optional.empty() : Optional.of(new BigDecimal(expected));
        assertSame(want, NumberText.plain(text), "NumberText");
        assertSame(want, Numbers.plain(text), "review");

        Indicator i = new Indicator();
        i.name = "示例指标";
        i.target = "≥95%";
        i.selfEvaluation.actual = "96%";
        i.weight = text;
        assertSame(want, Optional.ofNullable(ScoringEngine.score(i).weight()), "scoring's 分值");

        Indicator limit = new Indicator();
        limit.weight = "20";
        assertEquals(want.isPresent(), ScoreOverride.problem(limit, text, "按实际情况").isEmpty(), "manual score");
    }

    private static void assertSame(Optional<BigDecimal> want, Optional<BigDecimal> got, String who) {
        assertEquals(want.map(BigDecimal::stripTrailingZeros), got.map(BigDecimal::stripTrailingZeros), who);
    }
}
