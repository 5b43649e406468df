package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.Table;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HuaiyuanLayoutsTest {
    static Stream<SeedFidelity.Entry> seeds() {
        return Stream.concat(SeedFidelity.entries("declaration", "huaiyuan-2024").stream(),
                SeedFidelity.entries("disclosure", "huaiyuan-2024").stream());
    }

    @Test
    void coversTheListAndTheTenDeclarations() {
        assertEquals(11, seeds().count());
    }

    @Test
    void satisfactionAsWrittenTakesTheFrameworkPlaceAndAnEmptyNotApplicableSaysSo() {
        Unit unit = Samples.load("huaiyuan-office");
        FiscalYear y = unit.year(2024).orElseThrow();
        Project p = y.project("督查考核专项经费项目").orElseThrow();
        // '满意度指标' replaces the framework's empty '服务对象满意度指标'
        List<String> texts = new HuaiyuanDeclaration2024().render(unit, y, List.of(p)).get(0).texts();
        assertTrue(!texts.contains("服务对象满意度指标"));
        assertEquals("被督查机关满意度", texts.get(texts.lastIndexOf("满意度指标") + 1));

        p.indicators.removeIf(i -> i.subcategory.equals("生态效益指标"));
        texts = new HuaiyuanDeclaration2024().render(unit, y, List.of(p)).get(0).texts();
        int eco = texts.indexOf("生态效益指标");
        assertEquals(List.of("", "不适用"), texts.subList(eco + 1, eco + 3));
        assertTrue(texts.contains("[003]怀远县人民政府办公室"));
    }

    @Test
    void theListNumbersTheProjectsAndFallsBackOnTheDeclaredTotal() {
        Unit unit = new Unit();
        unit.name = "某县某局";
        FiscalYear y = unit.yearOrCreate(2025);
        Project a = new Project();
        a.name = "甲项目";
        a.funds.fiscalAppropriation = cn.jixiao.domain.Amount.of("12.5");
        a.funds.otherFunds = cn.jixiao.domain.Amount.of("2");
        Project b = new Project();
        b.name = "乙项目";
        FormDocument doc = new HuaiyuanDisclosure2024().render(unit, y, List.of(a, b)).get(0);
        List<String> texts = doc.texts();
        assertEquals("某县某局2025年度项目支出绩效目标", texts.get(0));
        assertEquals(List.of("1", "甲项目", "14.5", "2", "乙项目", "", "合计", "14.5"), texts.subList(texts.size() - 8, texts.size()));
        Table t = (Table) doc.blocks.get(2);
        assertEquals(1, t.headerRows());
    }

    @Test
    void aProjectWithoutAnythingStillRenders() {
        Unit unit = Samples.load("huaiyuan-office");
        FiscalYear y = unit.year(2024).orElseThrow();
        Project p = new Project();
        p.indicators.add(new Indicator("自定一级", "自定二级", "某指标", ""));
        List<String> texts = new HuaiyuanDeclaration2024().render(unit, y, List.of(p)).get(0).texts();
        assertTrue(texts.containsAll(List.of("数量指标", "服务对象满意度指标", "自定一级", "自定二级", "某指标")));
    }
}
