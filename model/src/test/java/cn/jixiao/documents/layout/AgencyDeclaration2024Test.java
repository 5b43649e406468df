package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.Table;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyDeclaration2024Test {
    @Test
    void oneLandscapeTableWhoseFirstRowIsTheUnitWithTheProjectsTotal() {
        Unit unit = Samples.load("hengyang-agency");
        FiscalYear y = unit.year(2024).orElseThrow();
        List<FormDocument> docs = new AgencyDeclaration2024().render(unit, y, y.projects);
        assertEquals(1, docs.size());
        assertTrue(docs.get(0).page.landscape());
        Table t = (Table) docs.get(0).blocks.stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
        assertEquals(2, t.headerRows());
        List<String> unitRow = t.rows().get(2).cells().stream().map(Table.Cell::text).toList();
        assertEquals(List.of("092001", "衡阳市机关事务管理局", "", "133.00"), unitRow.subList(0, 4));
        // each project spans its 11 framework 二级 plus its extra 三级
        Project car = y.project("公车管理专项经费").orElseThrow();
        Table.Cell name = t.rows().stream().flatMap(r -> r.cells().stream())
                .filter(c -> c.text().equals("公车管理专项经费")).findFirst().orElseThrow();
        assertEquals(11, name.rowSpan());
        assertEquals(7, car.indicators.size());
        // '可持续发展影响指标' as written takes the place of the framework's empty '可持续影响指标'
        List<String> texts = docs.get(0).texts();
        assertTrue(texts.contains("可持续发展影响指标"));
        assertEquals(2, texts.stream().filter("可持续影响指标"::equals).count());
    }

    @Test
    void aUnitWithoutProjectsOrAmountsPrintsBlanks() {
        Unit unit = new Unit();
        FiscalYear y = unit.yearOrCreate(2025);
        y.frameworkId = Frameworks.NATIONAL_2021;
        Project p = new Project();
        p.funds.statedTotal = Amount.of("15万");
        List<String> texts = new AgencyDeclaration2024().render(unit, y, List.of(p)).get(0).texts();
        assertTrue(texts.contains("15万"));
        assertTrue(texts.contains("生态环境成本指标"));
        assertFalse(new AgencyDeclaration2024().render(unit, y, List.of()).get(0).texts().isEmpty());
    }
}
