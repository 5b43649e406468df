package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.Table;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HengyangOverallSelfEvaluation2022Test {
    static SeedFidelity.Entry seed() {
        List<SeedFidelity.Entry> entries = SeedFidelity.entries("overall-self-evaluation", "hengyang-2022");
        assertEquals(1, entries.size());
        return entries.get(0);
    }

    @Disabled("sample not yet transcribed")
    @Test
    void reproducesTheSeed() {
        SeedFidelity.assertFaithful(seed());
    }

    /** 附件3 typed in from segment 001_overall. */
    static Unit unitFromSegment() {
        Unit u = new Unit();
        u.name = "衡阳市人民政府办公室";
        FiscalYear y = u.yearOrCreate(2022);
        y.frameworkId = Frameworks.HENGYANG_2021;
        UnitOverall o = y.overall;
        o.statedTotal = Amount.of("2677.71");
        o.generalPublicBudget = Amount.of("2677.71");
        o.basicExpense = Amount.of("1839.57");
        o.projectExpense = Amount.of("838.14");
        o.executed = Amount.of("4848.13");
        o.statedExecutionRate = "143.91%";
        o.fundsWeight = "10";
        o.statedFundsScore = "10";
        o.functionsSummary = "通过预算执行，保障政府办在职人员正常办公、生活秩序";
        o.goals.add("保障政府机关大院正常运转及各项工作任务完成");
        o.categoryWeights.add(new CategoryWeight("产出指标", "50"));
        o.categoryWeights.add(new CategoryWeight("效益指标", "40"));
        add(o, "产出指标", "数量指标", "督查督办次数", "30次以上", "100%", "15");
        add(o, "产出指标", "数量指标", "调研次数", "5次以上", "100%", "10");
        add(o, "产出指标", "质量指标", "重点民生实事", "100%", "100%", "5");
        add(o, "产出指标", "质量指标", "办复率", "100%", "100%", "5");
        add(o, "产出指标", "时效指标", "完成工作任务", "100%", "100%", "5");
        add(o, "产出指标", "时效指标", "办理提案建议", "及时办理", "100%", "5");
        add(o, "产出指标", "成本指标", "经费开支", "不超预算", "100%", "5");
        add(o, "效益指标", "经济效益指标", "推动全市各行业经济效益的提升", "基本完成各项经济指标", "100%", "10");
        add(o, "效益指标", "社会效益指标", "改进“文风、会风”", "改进率95%以上", "96%", "5");
        add(o, "效益指标", "社会效益指标", "政府的带头引领效应", "效果显著", "100%", "5");
        add(o, "效益指标", "生态效益指标", "不断改善生态环境", "保护率95%以上", "95%", "5");
        add(o, "效益指标", "可持续影响指标", "推动衡阳各方面长久健康发展", "可持续影响", "100%", "5");
        add(o, "效益指标", "社会公众或服务对象满意度", "市委、市政府领导满意度", "满意", "100%", "5");
        add(o, "效益指标", "社会公众或服务对象满意度", "社会民众满意度", "满意", "100%", "5");
        o.statedTotalScore = "100";
        return u;
    }

    private static void add(UnitOverall o, String category, String sub, String name, String target, String actual,
                            String points) {
        Indicator i = new Indicator(category, sub, name, target);
        i.actual = actual;
        i.weight = points;
        i.score = points;
        o.indicators.add(i);
    }

    private static FormDocument render(Unit u) {
        FiscalYear y = u.year(2022).orElseThrow();
        return new HengyangOverallSelfEvaluation2022().render(u, y, y.projects).get(0);
    }

    @Test
    void reproducesTheSegmentFromTheDataTypedIn() {
        List<String> seed = SeedFidelity.seedCells(seed());
        String gen = SeedFidelity.generated(List.of(render(unitFromSegment())));
        SeedFidelity.Score s = SeedFidelity.score(seed, gen);
        System.out.println("seed-fidelity 001_overall (typed in): " + s + " missing "
                + seed.stream().filter(c -> !gen.contains(c)).toList());
        assertTrue(s.ok(true), s.toString());
    }

    @Test
    void spansTheBudgetLabelAndTheIndicatorBlock() {
        Unit u = unitFromSegment();
        FormDocument doc = render(u);
        Table t = HengyangSelfEvaluation2022Test.table(doc);
        assertEquals(6, HengyangDeclaration2021Test.cellWithText(t, "年度预算申请（万元）").rowSpan());
        Table.Cell label = HengyangDeclaration2021Test.cellWithText(t, "部门整体支出年度绩效指标");
        assertTrue(label.vertical());
        assertEquals(1 + 14, label.rowSpan());
        assertEquals(7, HengyangDeclaration2021Test.cellWithText(t, "效益指标（40分）").rowSpan());
        assertTrue(doc.texts().contains("资金总额：2677.71"));
        assertTrue(doc.texts().contains("143.91%"));
    }

    @Test
    void computesTheRateAndTheTotalWhenNoneIsStated() {
        Unit u = unitFromSegment();
        UnitOverall o = u.year(2022).orElseThrow().overall;
        o.statedExecutionRate = "";
        o.statedTotal = Amount.EMPTY;
        o.statedFundsScore = "";
        o.statedTotalScore = "";
        List<String> texts = render(u).texts();
        // 4848.13 / 2677.71 = 181.0551…
        assertTrue(texts.contains("181.05%"), texts.toString());
        assertTrue(texts.contains("资金总额：2677.71"));
        int total = texts.indexOf("总分");
        assertEquals("100", texts.get(total + 1));
        assertEquals("100", texts.get(total + 2));
    }

    @Test
    void anEmptyUnitPrintsBlankCells() {
        Unit u = new Unit();
        FiscalYear y = u.yearOrCreate(2023);
        y.overall = null;
        List<String> texts = new HengyangOverallSelfEvaluation2022().render(u, y, List.of()).get(0).texts();
        assertTrue(texts.contains("资金总额："));
        assertTrue(texts.contains("满意度指标"));
        assertTrue(new HengyangOverallSelfEvaluation2022().render(null, null, null).get(0).texts().contains("总分"));
    }
}
