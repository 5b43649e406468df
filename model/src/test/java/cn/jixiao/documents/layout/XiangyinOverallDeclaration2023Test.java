package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.Table;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import cn.jixiao.domain.UnitOverall;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XiangyinOverallDeclaration2023Test {
    static Unit sample() {
        return Samples.load("xiangyin-office");
    }

    private static FormDocument render(Unit u) {
        FiscalYear y = u.year(2023).orElseThrow();
        return new XiangyinOverallDeclaration2023().render(u, y, y.projects).get(0);
    }

    @Test
    void labelsTheBlocksVerticallyAndRepeatsTheHeaderAboveTheBenefitBlock() {
        FormDocument doc = render(sample());
        Table t = HengyangSelfEvaluation2022Test.table(doc);
        Table.Cell basics = HengyangDeclaration2021Test.cellWithText(t, "部门基本信息");
        assertTrue(basics.vertical());
        Table.Cell indicators = HengyangDeclaration2021Test.cellWithText(t, "部门整体支出年度绩效指标");
        assertTrue(indicators.vertical());
        // header, 4 产出 rows, repeated header, 3 效益 rows
        assertEquals(1 + 4 + 1 + 3, indicators.rowSpan());
        assertEquals(2, doc.texts().stream().filter("一级指标"::equals).count());
        assertFalse(doc.texts().contains("经济效益"), "湘阴 prints only the 二级 that carry indicators");
        assertTrue(doc.texts().contains("70人"));
        assertTrue(doc.texts().contains("单位负责人：王锐"));
    }

    @Test
    void computesTheTotalsWhenNoneIsStated() {
        Unit u = sample();
        UnitOverall o = u.year(2023).orElseThrow().overall;
        o.budgetUnit = "";
        o.threePublicStatedTotal = Amount.EMPTY;
        o.statedExpenseTotal = Amount.EMPTY;
        o.statedTotal = Amount.EMPTY;
        List<String> texts = render(u).texts();
        assertEquals("13.18", texts.get(texts.indexOf("公务接待费") + 1));
        assertEquals("1520.67", texts.get(texts.indexOf("其他拨款") + 1));
        assertTrue(texts.contains("湘阴县人民政府办公室"));
    }

    @Test
    void anEmptyUnitPrintsTheFrameworkWithBlankCells() {
        Unit u = new Unit();
        FiscalYear y = u.yearOrCreate(2024);
        y.frameworkId = Frameworks.XIANGYIN_2023;
        y.overall = null;
        List<String> texts = new XiangyinOverallDeclaration2023().render(u, y, List.of()).get(0).texts();
        assertTrue(texts.contains("服务对象满意度"));
        u.years.clear();
        assertTrue(new XiangyinOverallDeclaration2023().render(null, null, null).get(0).texts().contains("财政部门审核意见"));
    }
}
