package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
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

    /** 大院保安转辅警经费 typed in from segment 001_01. */
    static Unit unitFromSegment() {
        Unit u = new Unit();
        u.name = "衡阳市人民政府办公室";
        FiscalYear y = u.yearOrCreate(2022);
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
        p.categoryWeights.addAll(List.of(new CategoryWeight("产出指标", "50"), new CategoryWeight("效益指标", "30"),
                new CategoryWeight("满意度指标", "10")));
        p.indicators.addAll(List.of(
                scored("产出指标", "数量指标", "预计转辅警人", "30人", "30人", "15"),
                scored("产出指标", "质量指标", "人员阶段考核合格率", "100%", "100%", "15"),
                scored("产出指标", "质量指标", "执勤率", "100%", "100%", "10"),
                scored("产出指标", "时效指标", "每轮排版值班时间", "8小时", "8小时", "5"),
                scored("产出指标", "成本指标", "每名辅警的平均月工资数", "不高于3800元", "100%", "5"),
                scored("效益指标", "经济效益指标", "政府机关大院安全", "财产物品不丢失不损坏", "100%", "15"),
                scored("效益指标", "可持续影响指标", "利民与安全", "既方便群众办事", "100%", "15"),
                scored("满意度指标", "服务对象满意度指标", "政府大院工作人员", "基本满意", "95%以上", "5"),
                scored("满意度指标", "服务对象满意度指标", "社会公众", "基本满意", "95%以上", "5")));
        y.projects.add(p);
        return u;
    }

    private static Indicator scored(String c, String s, String name, String target, String actual, String points) {
        Indicator i = new Indicator(c, s, name, target);
        i.actual = actual;
        i.weight = points;
        i.score = points;
        return i;
    }

    @Test
    void reproducesSegment001_01FromAUnitTypedInFromIt() {
        Unit u = unitFromSegment();
        FiscalYear y = u.year(2022).orElseThrow();
        List<FormDocument> docs = new HengyangSelfEvaluation2022().render(u, y, y.projects);
        SeedFidelity.Entry e = seeds().stream().filter(x -> x.key().equals("001_01")).findFirst().orElseThrow();
        SeedFidelity.Score s = SeedFidelity.score(SeedFidelity.seedCells(e), SeedFidelity.generated(docs));
        System.out.println("seed-fidelity 001_01 (typed-in unit): " + s);
        assertTrue(s.ok(true), s.toString());
    }

    @Test
    void computesWhatIsNotStatedAndPrintsOnlySubcategoriesInUse() {
        Unit u = unitFromSegment();
        FiscalYear y = u.year(2022).orElseThrow();
        Project p = y.projects.get(0);
        FundsExecution f = p.selfEvaluation.funds;
        f.statedExecutionRate = "";
        f.statedScore = "";
        f.adjustedBudget = Amount.of("38.1692");
        f.executed = Amount.of("38.17");
        p.selfEvaluation.statedTotalScore = "";
        List<String> texts = new HengyangSelfEvaluation2022().render(u, y, y.projects).get(0).texts();
        assertTrue(texts.contains("100.00%"), texts.toString());
        assertFalse(texts.contains("社会效益指标"));
        assertTrue(texts.contains("产出指标\n（50分）"));
        int total = texts.indexOf("总分");
        assertEquals(List.of("100", "100"), texts.subList(total + 1, total + 3));

        f.executed = Amount.of("30");
        texts = new HengyangSelfEvaluation2022().render(u, y, y.projects).get(0).texts();
        assertTrue(texts.contains("78.60%"));
        assertTrue(texts.contains("7.86"));
    }

    @Test
    void theMergedOutputAndBenefitCellOf2022SpansBothBlocks() {
        Unit unit = cn.jixiao.sample.Samples.load("hengyang-office");
        FiscalYear y = unit.year(2022).orElseThrow();
        Project p = y.project("其他补助经费机关大院改造及设备购置及防空办优化办经费").orElseThrow();
        FormDocument doc = new HengyangSelfEvaluation2022().render(unit, y, List.of(p)).get(0);
        cn.jixiao.documents.Table t = (cn.jixiao.documents.Table) doc.blocks.stream()
                .filter(b -> b instanceof cn.jixiao.documents.Table).findFirst().orElseThrow();
        cn.jixiao.documents.Table.Cell merged = t.rows().stream().flatMap(r -> r.cells().stream())
                .filter(c -> c.text().startsWith("产出指标")).findFirst().orElseThrow();
        assertEquals("产出指标\n（50分）\n效益指标\n（30分）", merged.text());
        assertEquals(5, merged.rowSpan());
        assertTrue(doc.texts().contains("248.04%"));
    }

    @Test
    void aProjectNeverEvaluatedPrintsBlanks() {
        Unit u = new Unit();
        FiscalYear y = u.yearOrCreate(2022);
        Project p = new Project();
        p.selfEvaluation = null;
        p.categoryWeights = null;
        List<String> texts = new HengyangSelfEvaluation2022().render(u, y, List.of(p)).get(0).texts();
        assertTrue(texts.contains("总分"));
        assertTrue(texts.contains("10"));
    }
}
