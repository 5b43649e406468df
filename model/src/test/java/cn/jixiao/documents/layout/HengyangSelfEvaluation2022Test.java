package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.Table;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HengyangSelfEvaluation2022Test {
    static List<SeedFidelity.Entry> seeds() {
        return SeedFidelity.entries("self-evaluation", "hengyang-2022");
    }

    @Disabled("sample not yet transcribed")
    @ParameterizedTest
    @MethodSource("seeds")
    void reproducesTheSeed(SeedFidelity.Entry e) {
        SeedFidelity.assertFaithful(e);
    }

    @Test
    void coversAllTwelveSeedForms() {
        assertEquals(12, seeds().size());
    }

    /** 大院保安转辅警经费 typed in from segment 001_01. */
    static Unit unitFromSegment() {
        Unit u = new Unit();
        u.name = "衡阳市人民政府办公室";
        FiscalYear y = u.yearOrCreate(2022);
        y.frameworkId = Frameworks.STANDARD_2022;
        Project p = new Project();
        p.name = "大院保安转辅警经费";
        p.implementingUnit = "保卫信访科";
        FundsExecution f = p.selfEvaluation.funds;
        f.initialBudget = Amount.of("152.5");
        f.adjustedBudget = Amount.of("152.5");
        f.executed = Amount.of("152.5");
        f.fiscalInitial = Amount.of("152.5");
        f.fiscalAdjusted = Amount.of("152.5");
        f.fiscalExecuted = Amount.of("152.5");
        f.weight = "10";
        f.statedExecutionRate = "100%";
        f.statedScore = "10";
        p.selfEvaluation.expectedOutcome = "提供正常安全工作环境";
        p.selfEvaluation.actualOutcome = "圆满完成";
        p.selfEvaluation.statedTotalScore = "100";
        p.categoryWeights.add(new CategoryWeight("产出指标", "50"));
        p.categoryWeights.add(new CategoryWeight("效益指标", "30"));
        p.categoryWeights.add(new CategoryWeight("满意度指标", "10"));
        add(p, "产出指标", "数量指标", "预计转辅警人", "30人", "30人", "15");
        add(p, "产出指标", "质量指标", "人员阶段考核合格率", "100%", "100%", "15");
        add(p, "产出指标", "质量指标", "执勤率", "100%", "100%", "10");
        add(p, "产出指标", "时效指标", "每轮排版值班时间", "8小时", "8小时", "5");
        add(p, "产出指标", "成本指标", "每名辅警的平均月工资数", "不高于3800元", "100%", "5");
        add(p, "效益指标", "经济效益指标", "政府机关大院安全", "财产物品不丢失不损坏", "100%", "15");
        add(p, "效益指标", "可持续影响指标", "利民与安全", "既方便群众办事", "100%", "15");
        add(p, "满意度指标", "服务对象满意度指标", "政府大院工作人员", "基本满意", "95%以上", "5");
        add(p, "满意度指标", "服务对象满意度指标", "社会公众", "基本满意", "95%以上", "5");
        y.projects.add(p);
        return u;
    }

    private static void add(Project p, String category, String sub, String name, String target, String actual,
                            String points) {
        Indicator i = new Indicator(category, sub, name, target);
        i.actual = actual;
        i.weight = points;
        i.score = points;
        p.indicators.add(i);
    }

    private static FormDocument render(Unit u) {
        FiscalYear y = u.year(2022).orElseThrow();
        return new HengyangSelfEvaluation2022().render(u, y, y.projects).get(0);
    }

    @Test
    void reproducesSegment001_01FromTheDataTypedIn() {
        SeedFidelity.Entry e = seeds().get(0);
        assertEquals("大院保安转辅警经费", e.project());
        SeedFidelity.Score s = SeedFidelity.score(SeedFidelity.seedCells(e), SeedFidelity.generated(List.of(render(unitFromSegment()))));
        System.out.println("seed-fidelity 001_01 (typed in): " + s);
        assertTrue(s.ok(true), s.toString());
    }

    @Test
    void mergesTheCategoryAndSubcategoryCellsAndLabelsTheIndicatorsVertically() {
        Unit u = unitFromSegment();
        FormDocument doc = render(u);
        Table t = table(doc);
        Table.Cell label = HengyangDeclaration2021Test.cellWithText(t, "绩效指标");
        assertTrue(label.vertical());
        assertEquals(1 + 9, label.rowSpan());
        assertEquals(5, HengyangDeclaration2021Test.cellWithText(t, "产出指标（50分）").rowSpan());
        assertEquals(2, HengyangDeclaration2021Test.cellWithText(t, "质量指标").rowSpan());
        assertEquals(2, HengyangDeclaration2021Test.cellWithText(t, "满意度指标（10分）").rowSpan());
        // only the 二级 that carry indicators, as the seed prints them
        assertFalse(doc.texts().contains("社会效益指标"));
        assertEquals(5, HengyangDeclaration2021Test.cellWithText(t, "项目资金（万元）").rowSpan());
        assertTrue(doc.texts().get(doc.texts().size() - 1).startsWith("填表人："));
        assertTrue(doc.texts().get(doc.texts().size() - 1).contains("单位负责人签字："));
    }

    @Test
    void printsTheStatedExecutionRateElseTheComputedOneWithTwoDecimals() {
        Unit u = unitFromSegment();
        Project p = u.year(2022).orElseThrow().projects.get(0);
        FundsExecution f = p.selfEvaluation.funds;
        f.adjustedBudget = Amount.of("418.45");
        f.executed = Amount.of("418.45");
        f.initialBudget = Amount.of("16.87");
        f.statedExecutionRate = "248.04%";
        assertTrue(render(u).texts().contains("248.04%"));
        f.statedExecutionRate = "";
        f.statedScore = "";
        f.executed = Amount.of("38.1692");
        f.adjustedBudget = Amount.of("38.17");
        List<String> texts = render(u).texts();
        assertTrue(texts.contains("99.99%"), texts.toString());
        f.executed = Amount.of("30");
        f.adjustedBudget = Amount.of("40");
        texts = render(u).texts();
        // the funds row scores 执行率 × 分值
        int rate = texts.indexOf("75.00%");
        assertEquals("10", texts.get(rate - 1));
        assertEquals("7.5", texts.get(rate + 1));
        f.executed = Amount.of("31..5");
        texts = render(u).texts();
        assertFalse(texts.stream().anyMatch(s -> s.endsWith("%") && s.startsWith("0")));
        assertTrue(texts.contains("31..5"));
    }

    @Test
    void totalsAddTheFundsRowToTheIndicatorsUnlessATotalIsStated() {
        Unit u = unitFromSegment();
        Project p = u.year(2022).orElseThrow().projects.get(0);
        p.selfEvaluation.statedTotalScore = "";
        p.indicators.get(0).score = "12";
        List<String> texts = render(u).texts();
        int total = texts.indexOf("总分");
        assertEquals("100", texts.get(total + 1));
        assertEquals("97", texts.get(total + 2));
    }

    @Test
    void aProjectWithoutDataPrintsTheFrameworkWithBlankCells() {
        Unit u = new Unit();
        FiscalYear y = u.yearOrCreate(2023);
        y.frameworkId = Frameworks.STANDARD_2022;
        Project p = new Project();
        p.selfEvaluation = null;
        p.indicators = null;
        p.categoryWeights = null;
        FormDocument doc = new HengyangSelfEvaluation2022().render(u, y, List.of(p)).get(0);
        assertTrue(doc.texts().contains("社会效益指标"));
        assertTrue(doc.texts().contains("（2023年度）") || doc.texts().stream().anyMatch(s -> s.contains("（2023年度）")));
        FormDocument bare = new HengyangSelfEvaluation2022().render(null, null, List.of(new Project())).get(0);
        assertTrue(bare.texts().contains("年度资金总额"));
    }

    static Table table(FormDocument doc) {
        return (Table) doc.blocks.stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
    }
}
