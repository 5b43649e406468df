package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.Table;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyOverallDeclaration2024Test {
    @Test
    void theUnitColumnsSpanEveryIndicatorRowAndEmptyFrameworkRowsArePrinted() {
        Unit unit = Samples.load("hengyang-agency");
        FiscalYear y = unit.year(2024).orElseThrow();
        FormDocument doc = new AgencyOverallDeclaration2024().render(unit, y, y.projects).get(0);
        assertTrue(doc.page.landscape());
        Table t = (Table) doc.blocks.stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
        int indicatorRows = t.rows().size() - 3;
        // 15 三级 plus the empty 社会成本指标 and 生态环境成本指标
        assertEquals(y.overall.indicators.size() + 2, indicatorRows);
        Table.Cell code = HengyangDeclaration2021Test.cellWithText(t, "092001");
        assertEquals(indicatorRows, code.rowSpan());
        int social = HengyangDeclaration2021Test.indexOf(doc.texts(), "社会成本指标");
        assertEquals("", doc.texts().get(social + 1));
        assertEquals(3, HengyangDeclaration2021Test.cellWithText(t, "成本指标").rowSpan());
        assertTrue(doc.texts().contains("705.86"));
    }

    @Test
    void anEmptyUnitPrintsTheFrameworkWithBlankCells() {
        Unit unit = new Unit();
        FiscalYear y = unit.yearOrCreate(2025);
        y.frameworkId = Frameworks.NATIONAL_2021;
        y.overall = new UnitOverall();
        y.overall.indicators = null;
        y.overall.goals = null;
        FormDocument doc = new AgencyOverallDeclaration2024().render(unit, y, List.of()).get(0);
        assertTrue(doc.texts().contains("服务对象满意度指标"));
        y.frameworkId = "";
        y.overall = null;
        FormDocument bare = new AgencyOverallDeclaration2024().render(unit, y, null).get(0);
        assertTrue(bare.texts().contains("评（扣）分标准"));
    }
}
