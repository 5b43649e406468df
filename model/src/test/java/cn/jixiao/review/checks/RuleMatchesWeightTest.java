package cn.jixiao.review.checks;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The formula's factor, read line by line in one pass (the pattern it replaces searched again from every '得分='). */
class RuleMatchesWeightTest {
    @Test
    void theFactorIsTheFirstMultiplierAfterAFormulaOnItsLine() {
        assertEquals(Optional.of("10"), RuleMatchesWeight.factor("分值为20分，得分=(实际完成率-60%)/(1-60%)*10"), "002 公车管理");
        assertEquals(Optional.of("5"), RuleMatchesWeight.factor("得分=完成率×60%\n得分=完成率*5"), "a percentage is not a factor; the next line's is");
        assertEquals(Optional.of("8"), RuleMatchesWeight.factor("得分 = 得分=完成率 x 8"));
        assertEquals(Optional.empty(), RuleMatchesWeight.factor("得分=完成率\n*10"), "the factor must be on the formula's line");
        assertEquals(Optional.empty(), RuleMatchesWeight.factor("按完成率计分*10"), "no formula");
    }
}
