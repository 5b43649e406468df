package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.Table;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
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

    @ParameterizedTest
    @MethodSource("seeds")
    void reproducesTheSeed(SeedFidelity.Entry e) {
        SeedFidelity.assertFaithful(e);
    }

    @Test
    void coversAllTwelveSeedForms() {
        assertEquals(12, seeds().size());
    }

    /** The 2022 sample; its first project is 大院保安转辅警经费 (segment 001_01). */
    static Unit unitFromSegment() {
        Unit u = Samples.load("hengyang-office");
        FiscalYear y = u.year(2022).orElseThrow();
        y.projects = List.of(y.project("大院保安转辅警经费").orElseThrow());
        return u;
    }

    private static FormDocument render(Unit u) {
        FiscalYear y = u.year(2022).orElseThrow();
        return new HengyangSelfEvaluation2022().render(u, y, y.projects).get(0);
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
        p.selfEvaluation.statedWeightTotal = "";
        p.indicators.get(0).selfEvaluation.score = "12";
        List<String> texts = render(u).texts();
        int total = texts.indexOf("总分");
        assertEquals("100", texts.get(total + 1));
        assertEquals("97", texts.get(total + 2));
    }

    @Test
    void printsTheMergedCategoryCellOfOtherSubsidies() {
        Unit u = Samples.load("hengyang-office");
        FiscalYear y = u.year(2022).orElseThrow();
        Project p = y.project("其他补助经费机关大院改造及设备购置及防空办优化办经费").orElseThrow();
        FormDocument doc = new HengyangSelfEvaluation2022().render(u, y, List.of(p)).get(0);
        Table.Cell merged = HengyangDeclaration2021Test.cellWithText(table(doc), "产出指标（50分）\n效益指标（30分）");
        assertEquals(5, merged.rowSpan());
        assertEquals(2, HengyangDeclaration2021Test.cellWithText(table(doc), "满意度指标（10分）").rowSpan());
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
