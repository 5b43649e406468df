package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.Table;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.sample.Samples;
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

    @Test
    void reproducesTheSeed() {
        SeedFidelity.assertFaithful(seed());
    }

    static Unit unitFromSegment() {
        return Samples.load("hengyang-office");
    }

    private static FormDocument render(Unit u) {
        FiscalYear y = u.year(2022).orElseThrow();
        return new HengyangOverallSelfEvaluation2022().render(u, y, y.projects).get(0);
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
        o.selfEvaluation.funds.statedExecutionRate = "";
        o.statedTotal = Amount.EMPTY;
        o.selfEvaluation.funds.statedScore = "";
        o.selfEvaluation.statedTotalScore = "";
        o.selfEvaluation.statedWeightTotal = "";
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
