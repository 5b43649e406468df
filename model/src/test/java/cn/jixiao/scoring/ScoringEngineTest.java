package cn.jixiao.scoring;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Default rules (no 评分标准 written), manual scores, the funds row, totals and grades. */
class ScoringEngineTest {
    static Indicator row(String target, String actual, String weight) {
        Indicator i = new Indicator("产出指标", "数量指标", "", target);
        i.selfEvaluation.actual = actual;
        i.weight = weight;
        return i;
    }

    static String score(Indicator i) {
        ScoreResult r = ScoringEngine.score(i);
        assertTrue(r.computed(), r.explanation());
        return r.score().toPlainString();
    }

    @Test
    void positiveTargetsScoreInProportion() {
        assertEquals("15.00", score(row("不少于20次", "20次", "15")));
        assertEquals("15.00", score(row("不少于20次", "25次", "15")));
        assertEquals("13.50", score(row("不少于20次", "18次", "15")));
        assertEquals("15.00", score(row("30人", "30人", "15")));
        assertEquals("14.00", score(row("30人", "28人", "15")), "a bare quantity is reached, not matched");
        assertEquals("5.00", score(row("改进率95%以上", "96%", "5")));
        assertEquals("4.74", score(row("≥95%", "90%", "5")));
        assertEquals("9.80", score(row("≥98", "96%", "10")), "'≥98' is a percentage without its sign");
        ScoreResult r = ScoringEngine.score(row("不少于20次", "18次", "15"));
        assertEquals(RuleKind.PROPORTIONAL, r.rule());
        assertTrue(r.pointsLost());
        assertTrue(r.explanation().contains("18÷20×15=13.50"), r.explanation());
    }

    @Test
    void anActualMayBeACompletionRate() {
        assertEquals("15.00", score(row("不少于20次", "100%", "15")));
        assertEquals("14.25", score(row("不少于20次", "95%以上", "15")), "the lower bound is what is known");
        assertEquals("5.00", score(row("不高于3800元", "100%", "5")));
        assertEquals("15.00", score(row("1年以上", "100%", "15")));
    }

    @Test
    void negativeTargetsLoseInProportionToTheExcess() {
        assertEquals("5.00", score(row("不高于3800元", "3800元", "5")));
        assertEquals("5.00", score(row("不高于3800元", "3500", "5")));
        assertEquals("4.74", score(row("不高于3800元", "4000元", "5")));
        assertEquals("2.50", score(row("≤131万元", "196.5万元", "5")));
        assertEquals("0.00", score(row("≤131万元", "262万元", "5")), "twice the target or more");
        assertEquals("5.00", score(row("≤131万元", "1310000元", "5")), "元 converted to 万元");
        assertEquals("10.00", score(row("每月不超过10万", "9.5万", "10")));
        Indicator cost = row("105.2万元", "110万元", "10");
        cost.subcategory = "成本指标";
        assertEquals("9.54", score(cost), "a bare amount under 成本 is a ceiling");
        assertEquals(RuleKind.COST, ScoringEngine.score(cost).rule());
        assertEquals("10.00", score(row("控制在预算内", "100%", "10")));
        assertFalse(ScoringEngine.score(row("控制在预算内", "120万元", "10")).computed(),
                "a ceiling without a number cannot judge an amount");
    }

    @Test
    void equalTargetsAndDates() {
        Indicator i = row("10套", "9套", "20");
        i.comparator = "=";
        assertEquals("0.00", score(i));
        i.selfEvaluation.actual = "10套";
        assertEquals("20.00", score(i));
        assertEquals(RuleKind.EQUAL, ScoringEngine.score(i).rule());
        assertEquals("10.00", score(row("2024年12月前", "2024年12月20日", "10")));
        assertEquals("10.00", score(row("2024年12月前", "2024年11月", "10")));
        assertEquals("0.00", score(row("2024年12月前", "2025年1月", "10")));
        assertEquals("10.00", score(row("2023年12月31日前", "按时完成", "10")));
        assertEquals("10.00", score(row("2023年1-12月", "100%", "10")));
        assertEquals(RuleKind.DATE, ScoringEngine.score(row("2024年12月前", "2025年1月", "10")).rule());
    }

    @Test
    void qualitativeTargetsScoreTheTopOfTheirTier() {
        Indicator i = row("成效显著", "", "5");
        assertFalse(ScoringEngine.score(i).computed());
        i.selfEvaluation.tier = "达成";
        assertEquals("5.00", score(i));
        i.selfEvaluation.tier = "部分达成";
        assertEquals("4.00", score(i));
        i.selfEvaluation.tier = "未达成";
        assertEquals("3.00", score(i));
        i.selfEvaluation.tier = "未达成且效果较差";
        assertEquals("3.00", score(i));
        assertEquals(RuleKind.QUALITATIVE, ScoringEngine.score(i).rule());
        assertEquals("5.00", score(row("满意", "95%以上", "5")), "95% falls in 达成");
        assertEquals("4.00", score(row("满意", "70%", "5")));
        assertEquals("5.00", score(row("满意", "满意", "5")), "the actual repeats the target");
        assertEquals("5.00", score(row("及时", "圆满完成", "5")));
        assertEquals("4.00", score(row("及时", "基本完成", "5")));
        Indicator chosen = row("满意", "100%", "5");
        chosen.selfEvaluation.tier = "部分达成";
        assertEquals("4.00", score(chosen), "the clerk's tier wins over the rate");
        Indicator quantityWithTier = row("不少于20次", "若干次", "15");
        quantityWithTier.selfEvaluation.tier = "部分达成";
        assertEquals("12.00", score(quantityWithTier), "a tier stands in for an unreadable actual");
    }

    @Test
    void aManualScoreIsKeptMarkedAndNeedsAReason() {
        Indicator i = row("不少于20次", "18次", "15");
        i.selfEvaluation.score = "12";
        i.selfEvaluation.scoreManual = true;
        i.selfEvaluation.scoreReason = "其中2次检查未形成书面报告";
        ScoreResult r = ScoringEngine.score(i);
        assertEquals("12.00", r.score().toPlainString());
        assertTrue(r.manual());
        assertEquals(RuleKind.MANUAL, r.rule());
        assertTrue(r.explanation().contains("其中2次检查未形成书面报告"));
        assertTrue(r.warnings().isEmpty());
        i.selfEvaluation.scoreReason = "";
        assertTrue(ScoringEngine.score(i).warnings().get(0).contains("缺少理由"));
        i.selfEvaluation.score = "20";
        assertEquals("15.00", ScoringEngine.score(i).score().toPlainString(), "never above the 分值");
    }

    @Test
    void aStatedScoreIsComparedNotObeyed() {
        Indicator i = row("不少于20次", "18次", "15");
        i.selfEvaluation.score = "15";
        ScoreResult r = ScoringEngine.score(i);
        assertEquals("13.50", r.score().toPlainString());
        assertTrue(r.differsFromStated());
        assertFalse(r.manual());
    }

    @Test
    void missingPartsAreSaidInChinese() {
        assertEquals("缺少分值，无法计分", ScoringEngine.score(row("≥95%", "96%", "")).explanation());
        assertTrue(ScoringEngine.score(row("≥95%", "", "5")).explanation().contains("缺少实际完成值"));
        assertTrue(ScoringEngine.score(row("不少于20次", "18篇", "5")).explanation().contains("单位"));
    }

    static FundsExecution funds(String initial, String adjusted, String executed, String statedRate) {
        FundsExecution f = new FundsExecution();
        f.initialBudget = Amount.of(initial);
        f.adjustedBudget = Amount.of(adjusted);
        f.executed = Amount.of(executed);
        f.weight = "10";
        f.statedExecutionRate = statedRate;
        return f;
    }

    @Test
    void theFundsRowIsTheExecutionRateTimesTen() {
        assertEquals("10.00", ScoringEngine.scoreFunds(funds("152.5", "152.5", "152.5", "100%")).score().toPlainString());
        assertEquals("5.00", ScoringEngine.scoreFunds(funds("100", "100", "50", "50%")).score().toPlainString());
        assertEquals("9.99", ScoringEngine.scoreFunds(funds("100", "100", "99.9", "")).score().toPlainString());
        ScoreResult over = ScoringEngine.scoreFunds(funds("100", "100", "120", "120%"));
        assertEquals("10.00", over.score().toPlainString(), "over 100% still 10");
        assertTrue(over.warnings().isEmpty());
        assertFalse(ScoringEngine.scoreFunds(funds("31.5", "31.5", "31..5", "")).computed());
        ScoreResult stated = ScoringEngine.scoreFunds(funds("81", "110.63", "110.63", "136.58%"));
        assertTrue(stated.warnings().get(0).contains("按年初预算数计算"), stated.warnings().toString());
    }

    @Test
    void totalsAndGrades() {
        Project p = new Project();
        p.indicators.add(row("不少于20次", "18次", "50"));
        p.indicators.add(row("满意", "100%", "40"));
        p.selfEvaluation.funds = funds("100", "100", "90", "90%");
        p.selfEvaluation.statedTotalScore = "100";
        ProjectScore s = ScoringEngine.total(p, ScoringEngine.YEAR_NOT_KNOWN);
        assertEquals("94.00", s.total().toPlainString());
        assertEquals(Grade.EXCELLENT, s.grade().orElseThrow());
        assertEquals(0, s.weightSum().compareTo(BigDecimal.valueOf(100)));
        assertTrue(s.differsFromStated());
        p.indicators.add(row("成效显著", "", "0"));
        assertTrue(ScoringEngine.total(p, ScoringEngine.YEAR_NOT_KNOWN).totalIfAny().isEmpty(), "a part without a score leaves the total open");
        assertEquals("94.00", ScoringEngine.total(p, ScoringEngine.YEAR_NOT_KNOWN).partialTotal().toPlainString());
        assertEquals(Grade.EXCELLENT, Grade.of(new BigDecimal("90")));
        assertEquals(Grade.GOOD, Grade.of(new BigDecimal("89.99")));
        assertEquals(Grade.GOOD, Grade.of(new BigDecimal("80")));
        assertEquals(Grade.FAIR, Grade.of(new BigDecimal("79.99")));
        assertEquals(Grade.FAIR, Grade.of(new BigDecimal("60")));
        assertEquals(Grade.POOR, Grade.of(new BigDecimal("59.99")));
        assertEquals("良", Grade.of(new BigDecimal("85")).chinese());
    }

    @Test
    void negativeActualsAndTargetsKeepTheirSign() {
        // Issue 14: '-3次' against '≥5次' scored 6.00 (read as 3); a negative actual reaches nothing.
        assertEquals("0.00", score(row("≥5次", "-3次", "10")));
        assertEquals("0.00", score(row("≥5次", "－3次", "10")));
        assertEquals("0.00", score(row("≥0", "-3", "10")), "zero target, actual below it");
        assertEquals("10.00", score(row("≥0", "0", "10")));
        // '≥-5%' (a decline of at most 5%): -3% reaches it, -8% does not.
        assertEquals("10.00", score(row("≥-5%", "-3%", "10")));
        assertEquals("0.00", score(row("≥-5%", "-8%", "10")));
        assertEquals("10.00", score(row("不低于-5%", "2%", "10")));
        // '≤-5%' (a fall of at least 5%): -8% is met, -3% and +2% are not.
        ScoreResult met = ScoringEngine.score(row("≤-5%", "-8%", "10"));
        assertEquals("10.00", met.score().toPlainString());
        assertTrue(met.explanation().contains("≤-5%"), met.explanation());
        assertEquals("0.00", score(row("≤-5%", "-3%", "10")));
        assertEquals("0.00", score(row("≤-5%", "2%", "10")));
        // A negative amount within a positive ceiling is within it.
        assertEquals("5.00", score(row("≤131万元", "-1万元", "5")));
        // A negative rate in a rate deduction costs nothing and gains nothing.
        Indicator rate = row("≤5%", "-5%", "10");
        rate.scoringRule = "按出错率扣分，出错率每增加10%，扣1分，扣完为止";
        ScoreResult r = ScoringEngine.score(rate);
        assertEquals("10.00", r.score().toPlainString());
        assertFalse(r.explanation().contains("扣-"), r.explanation());
        // A minus sign on a 分值 is not dropped either: '-10' is no weight to score against.
        ScoreResult negativeWeight = ScoringEngine.score(row("≥5次", "5次", "-10"));
        assertFalse(negativeWeight.computed());
        assertTrue(negativeWeight.explanation().contains("负数"), negativeWeight.explanation());
        Indicator manual = row("≥5次", "5次", "10");
        manual.selfEvaluation.scoreManual = true;
        manual.selfEvaluation.score = "－3";
        manual.selfEvaluation.scoreReason = "抽查不合格";
        assertEquals("0.00", score(manual));
    }

    @Test
    void noScoreEverLeavesZeroToWeightOrHasAnotherScale() {
        String[] targets = {"≥95%", "不少于20次", "≤131万元", "30人", "2024年12月前", "满意", "控制在预算内", "≥98", "10套", "成效显著"};
        String[] actuals = {"", "0", "100%", "95%以上", "150%", "30人", "500万元", "2025年1月", "达成", "未完成", "-5", "abc", "0%", "9999999次"};
        String[] rules = {"", "每超过10%扣2分", "达到目标值计20分，否则不得分", "满意度95%（含）以上计10分，85%-95%计8分，75%-85%计6分，75%以下计0分",
                "完成率小于60%不得分；大于等于60%，得分=(实际完成率-60%)/(1-60%)*分值", "预算成本控制在57.6万元以内计20分，每超过10%扣2分，扣完为止"};
        Random random = new Random(7);
        for (int k = 0; k < 3000; k++) {
            Indicator i = row(targets[random.nextInt(targets.length)], actuals[random.nextInt(actuals.length)],
                    String.valueOf(random.nextInt(21)));
            i.scoringRule = rules[random.nextInt(rules.length)];
            i.selfEvaluation.tier = random.nextInt(4) == 0 ? "部分达成" : "";
            ScoreResult r = ScoringEngine.score(i);
            if (r.computed()) {
                assertEquals(2, r.score().scale());
                assertTrue(r.score().signum() >= 0, i.target + " " + i.selfEvaluation.actual);
                assertTrue(r.score().compareTo(r.weight()) <= 0, i.target + " " + i.selfEvaluation.actual + " " + r.explanation());
            }
            assertFalse(r.explanation().isBlank());
        }
    }
}
