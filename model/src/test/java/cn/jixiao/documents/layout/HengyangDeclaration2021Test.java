package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.Table;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HengyangDeclaration2021Test {
    static List<SeedFidelity.Entry> seeds() {
        return SeedFidelity.entries("declaration", "hengyang-2021");
    }

    @Test
    void coversAllTwelveSeedForms() {
        assertEquals(12, seeds().size());
    }

    @Test
    void printsEveryFrameworkSubcategoryAndSpansTheIndicatorBlock() {
        Unit unit = Samples.load("hengyang-office");
        FiscalYear y = unit.year(2021).orElseThrow();
        // 纪检派驻机构专项经费 has no 生态效益指标: the row is printed empty
        Project p = y.project("纪检派驻机构专项经费").orElseThrow();
        FormDocument doc = new HengyangDeclaration2021().render(unit, y, List.of(p)).get(0);
        Table t = (Table) doc.blocks.stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
        Table.Cell label = cellWithText(t, "绩效指标");
        assertTrue(label.vertical());
        // header row + 9 二级 of the framework, 成本.. one each, 满意度 two
        assertEquals(1 + p.indicators.size() + 1, label.rowSpan());
        int eco = indexOf(doc.texts(), "生态效益指标");
        assertEquals("", doc.texts().get(eco + 1));
        assertEquals(4, cellWithText(t, "产出指标").rowSpan());
        assertEquals(2, cellWithText(t, "社会公众或服务对象满意度指标").rowSpan());
        assertTrue(doc.texts().contains("资金总额：23.2"));
        assertTrue(doc.texts().get(doc.texts().size() - 1).startsWith("填报人：刘璐"));
    }

    @Test
    void anEmptyProjectOfAnEmptyUnitPrintsBlankCells() {
        Unit unit = new Unit();
        FiscalYear y = unit.yearOrCreate(2025);
        y.frameworkId = Frameworks.HENGYANG_2021;
        Project p = new Project();
        p.indicators = null;
        p.funds = null;
        p.signature = null;
        FormDocument doc = new HengyangDeclaration2021().render(unit, y, List.of(p)).get(0);
        assertTrue(doc.texts().contains("资金总额："));
        assertTrue(doc.texts().contains("可持续影响指标"));
    }

    static Table.Cell cellWithText(Table t, String text) {
        return t.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + text));
    }

    static int indexOf(List<String> texts, String text) {
        int i = texts.indexOf(text);
        assertTrue(i >= 0, "no text " + text);
        return i;
    }
}
