package cn.jixiao.scoring;

import cn.jixiao.domain.Indicator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 评(扣)分标准 texts of seed 002, applied with its own 指标值, 指标值类型 and 分值. */
class WrittenRulesTest {
    private static final String CEILING_576 = "该指标分值为20分，预算成本控制在57.6万元以内计20分，每超过10%扣2分，扣完为止。";
    private static final String CEILING_BUDGET = "该指标分值为10分，预算成本控制在年度预算范围以内计20分，每超过10%扣1分，扣完为止。";
    private static final String THRESHOLD_501 = "该指标分值为20分，完成率小于60%为不及格，不得分；大于等于60%，按超过的比重赋分，"
            + "计算公式为：得分=（实际完成率-60%）/（1-60%）*10，完成率=实际完成值/指标值*100%";
    private static final String THRESHOLD_1965 = "该指标分值为10分，完成率小于60%为不及格，不得分；大于等于60%，按超过的比重赋分，"
            + "计算公式为：得分=（实际完成率-60%）/（1-60%）*10，完成率=实际完成值/指标值*100%";
    private static final String BANDS = "该指标分值为10分，满意度95%（含）以上计10分，85%-95%计8分，75%-85%计6分，75%以下计0分。";
    private static final String MET_10_SETS = "该指标分值为20分，达到目标值计20分，否则不得分。";
    private static final String MET_OVERALL = "该指标分值5分，未达到标准值不得分。";
    private static final String ERROR_RATE = "该指标分值为10分，按公车调度出错率扣分，出错率每增加10%，扣1分，扣完为止。";
    private static final String BY_COMPLETION = "该指标分值为10分，按完成情况赋分。";
    private static final String BY_SITUATION = "该指标分值为10分，从降低机关运行成本情况评分。";

    static Indicator row(String target, String type, String weight, String rule, String actual) {
        Indicator i = new Indicator("", "", "", target);
        i.comparator = type;
        i.weight = weight;
        i.scoringRule = rule;
        i.selfEvaluation.actual = actual;
        return i;
    }

    static String score(Indicator i) {
        ScoreResult r = ScoringEngine.score(i);
        assertTrue(r.computed(), r.explanation());
        return r.score().toPlainString();
    }

    @Test
    void costCeilingLosesPointsPerWholeStepOverTheLimit() {
        // 衡阳市公车管理工作成本控制情况: 57.6万元, ≤, 20 分.
        assertEquals("20.00", score(row("57.6万元", "≤", "20", CEILING_576, "57.6万元")));
        assertEquals("20.00", score(row("57.6万元", "≤", "20", CEILING_576, "50万元")));
        assertEquals("20.00", score(row("57.6万元", "≤", "20", CEILING_576, "63万元")), "9.4% over: no whole step");
        assertEquals("18.00", score(row("57.6万元", "≤", "20", CEILING_576, "66万元")), "14.6% over: one step");
        assertEquals("14.00", score(row("57.6万元", "≤", "20", CEILING_576, "80万元")), "38.9% over: three steps");
        assertEquals("0.00", score(row("57.6万元", "≤", "20", CEILING_576, "200万元")), "扣完为止");
        assertEquals("18.00", score(row("57.6万元", "≤", "20", CEILING_576, "660000元")), "元 converted to 万元");
        assertEquals("18.00", score(row("57.6万元", "≤", "20", CEILING_576, "110%")), "spent 110% of the ceiling");
        ScoreResult r = ScoringEngine.score(row("57.6万元", "≤", "20", CEILING_576, "66万元"));
        assertEquals(RuleKind.CEILING_DEDUCTION, r.rule());
        assertTrue(r.pointsLost());
        assertTrue(r.explanation().contains("每超过10%扣2分"), r.explanation());
        assertEquals(0, r.warnings().size(), r.warnings().toString());
    }

    @Test
    void aCeilingOfTheWholeBudgetReadsTheSpendingShareAndNamesTheMisprintedPoints() {
        // 002 整体: 2024年预算, 分值 10, but the text says 计20分 (a seed error).
        Indicator i = row("2024年预算", "定性", "10", CEILING_BUDGET, "100%");
        assertEquals("10.00", score(i));
        i.selfEvaluation.actual = "125%";
        assertEquals("8.00", score(i), "25% over: two steps of 1 point");
        ScoreResult r = ScoringEngine.score(i);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("计20分") && w.contains("分值10分")), r.warnings().toString());
        i.selfEvaluation.actual = "130万元";
        assertFalse(ScoringEngine.score(i).computed(), "an amount cannot be set against a budget with no number");
    }

    @Test
    void passMarkThenProportional() {
        // 公车管理: 501 (台), =, 该指标分值为20分 but the formula multiplies by 10: the 分值 is used, the mismatch named.
        assertEquals("20.00", score(row("501", "=", "20", THRESHOLD_501, "501台")));
        assertEquals("20.00", score(row("501", "=", "20", THRESHOLD_501, "520台")), "over 100% counts as 100%");
        assertEquals("14.91", score(row("501", "=", "20", THRESHOLD_501, "450台")), "(450/501-60%)/40%*20");
        assertEquals("0.00", score(row("501", "=", "20", THRESHOLD_501, "300台")), "59.9% is under the pass mark");
        assertEquals("0.00", score(row("501", "=", "20", THRESHOLD_501, "60%")), "exactly the pass mark scores nothing above it");
        assertEquals("10.00", score(row("501", "=", "20", THRESHOLD_501, "80%")));
        Indicator withUnit = row("501", "=", "20", THRESHOLD_501, "450");
        withUnit.unitOfMeasure = "台";
        assertEquals("14.91", score(withUnit), "the 度量单位 column gives the bare number its unit");
        ScoreResult r = ScoringEngine.score(row("501", "=", "20", THRESHOLD_501, "450台"));
        assertEquals(RuleKind.THRESHOLD_PROPORTIONAL, r.rule());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("乘以10")), r.warnings().toString());
        // 能源资源消费统计: 1965家单位, 10 分, formula and 分值 agree.
        assertEquals("7.90", score(row("1965家单位", "=", "10", THRESHOLD_1965, "1800家")));
        assertEquals(0, ScoringEngine.score(row("1965家单位", "=", "10", THRESHOLD_1965, "1800家")).warnings().size());
        // The brief's own wording of the rule.
        assertEquals("7.50", score(row("200家单位", "=", "10",
                "完成率小于60%不得分；大于等于60%，得分=(实际完成率-60%)/(1-60%)*分值", "180家")));
    }

    @Test
    void bandsOfSatisfaction() {
        // 全市机关事业单位满意度: 95%, =, 10 分.
        assertEquals("10.00", score(row("95%", "=", "10", BANDS, "96%")));
        assertEquals("10.00", score(row("95%", "=", "10", BANDS, "95%")), "95% (含)");
        assertEquals("8.00", score(row("95%", "=", "10", BANDS, "94.9%")));
        assertEquals("8.00", score(row("95%", "=", "10", BANDS, "85%")));
        assertEquals("6.00", score(row("95%", "=", "10", BANDS, "80%")));
        assertEquals("0.00", score(row("95%", "=", "10", BANDS, "74.9%")));
        // 干部满意度: ≥95%, ≥.
        assertEquals("10.00", score(row("≥95%", "≥", "10", BANDS, "97%")));
        assertEquals(RuleKind.BANDS, ScoringEngine.score(row("95%", "=", "10", BANDS, "80%")).rule());
    }

    @Test
    void metOrNot() {
        // 衡阳市厅级干部周转房租赁费与生活费情况: 10套, =, 20 分.
        assertEquals("20.00", score(row("10套", "=", "20", MET_10_SETS, "10套")));
        assertEquals("0.00", score(row("10套", "=", "20", MET_10_SETS, "9套")));
        assertEquals("20.00", score(row("10套", "=", "20", MET_10_SETS, "100%")));
        // 002 整体: 1577个 (产权证管理), 5 分.
        assertEquals("5.00", score(row("1577个", "=", "5", MET_OVERALL, "1577个")));
        assertEquals("0.00", score(row("1577个", "=", "5", MET_OVERALL, "1500个")));
        // 2024年12月前, 10 分, same rule.
        assertEquals("10.00", score(row("2024年12月前", "定性", "10", "该指标分值10分，未达到标准值不得分。", "2024年11月")));
        assertEquals("0.00", score(row("2024年12月前", "定性", "10", "该指标分值10分，未达到标准值不得分。", "2025年1月5日")));
        // 无错漏 (qualitative): a tier decides.
        Indicator q = row("无错漏", "定性", "5", MET_OVERALL, "");
        q.selfEvaluation.tier = "部分达成";
        assertEquals("0.00", score(q));
        q.selfEvaluation.tier = "达成";
        assertEquals("5.00", score(q));
        assertEquals(RuleKind.MET_OR_NOT, ScoringEngine.score(q).rule());
    }

    @Test
    void deductionPerStepOfAnErrorRate() {
        // 公车平台集中管理: 规范, 定性, 10 分.
        assertEquals("10.00", score(row("规范", "定性", "10", ERROR_RATE, "0%")));
        assertEquals("10.00", score(row("规范", "定性", "10", ERROR_RATE, "9%")));
        assertEquals("8.00", score(row("规范", "定性", "10", ERROR_RATE, "25%")));
        assertEquals(RuleKind.RATE_DEDUCTION, ScoringEngine.score(row("规范", "定性", "10", ERROR_RATE, "25%")).rule());
    }

    @Test
    void byCompletionIsQualitative() {
        // 完成时间: 2024年12月前, 定性, 按完成情况赋分.
        Indicator i = row("2024年12月前", "定性", "10", BY_COMPLETION, "");
        i.selfEvaluation.tier = "部分达成";
        assertEquals("8.00", score(i));
        assertEquals(RuleKind.QUALITATIVE, ScoringEngine.score(i).rule());
        i.selfEvaluation.tier = "";
        i.selfEvaluation.actual = "2024年11月";
        assertEquals("10.00", score(i), "done before the deadline");
        i.selfEvaluation.actual = "2025年1月";
        assertEquals("0.00", score(i));
        // 降低机关运行成本: 有效, 从…情况评分.
        Indicator j = row("有效", "定性", "10", BY_SITUATION, "");
        assertFalse(ScoringEngine.score(j).computed(), "a judgement needs a tier");
        assertTrue(ScoringEngine.score(j).explanation().contains("评价档次"));
        j.selfEvaluation.tier = "未达成";
        assertEquals("6.00", score(j), "top of the 0–60% band");
        assertTrue(ScoringEngine.score(j).warnings().isEmpty());
    }

    @Test
    void anUnrecognisedRuleFallsBackToTheDefaultAndSaysSo() {
        Indicator i = row("不少于20次", "", "15", "由领导综合评定。", "18次");
        ScoreResult r = ScoringEngine.score(i);
        assertEquals("13.50", r.score().toPlainString());
        assertEquals(RuleKind.PROPORTIONAL, r.rule());
        assertTrue(r.explanation().startsWith("未能识别评(扣)分标准“由领导综合评定。”"), r.explanation());
        assertTrue(r.warnings().get(0).contains("未能识别"));
    }

    @Test
    void theRuleTextSuppliesAMissingWeightAndFlagsADifferentOne() {
        Indicator i = row("10套", "=", "", MET_10_SETS, "10套");
        ScoreResult r = ScoringEngine.score(i);
        assertEquals("20.00", r.score().toPlainString());
        assertTrue(r.warnings().get(0).contains("分值未填写"));
        i.weight = "15";
        r = ScoringEngine.score(i);
        assertEquals("15.00", r.score().toPlainString(), "never above the 分值 typed");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("分值20分") && w.contains("15")), r.warnings().toString());
    }
}
