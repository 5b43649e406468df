package cn.jixiao.indicators;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.EditHistory;
import cn.jixiao.indicators.IndicatorLibrary.Entry;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.UnitFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 指标库 over the four samples and an open unit (湘阴 2023). */
class IndicatorLibraryTest {
    @TempDir
    Path dir;

    @Test
    void theBuiltInLibraryHoldsEverySamplesIndicatorsWithTheirUnitsAndNoNotApplicableRows() {
        IndicatorLibrary lib = IndicatorLibrary.of(null);
        Entry car = lib.entries().stream().filter(e -> e.name().equals("公车管理")).findFirst().orElseThrow();
        assertEquals("501", car.target());
        assertEquals("台", car.unitOfMeasure());
        assertEquals("=", car.comparator());
        assertFalse(car.own());
        assertTrue(lib.entries().stream().anyMatch(e -> e.name().equals("督查次数") && e.target().equals("≥60次")), "怀远");
        assertTrue(lib.entries().stream().anyMatch(e -> e.name().equals("交流学习次数")), "湘阴");
        assertTrue(lib.entries().stream().anyMatch(e -> e.name().equals("机要工作经费") || e.name().equals("工作范围")), "衡阳");
        assertTrue(lib.entries().stream().noneMatch(e -> e.name().contains("不适用") || e.target().contains("不适用")));
        // the same text written twice is one entry, counted twice
        Entry timely = lib.entries().stream().filter(e -> e.name().equals("各项任务完成及时率") && e.target().equals("≥95%"))
                .findFirst().orElseThrow();
        assertTrue(timely.uses() > 1);
        assertEquals(1, lib.entries().stream().filter(e -> e.name().equals("各项任务完成及时率") && e.target().equals("≥95%")).count());
    }

    @Test
    void aPrefixComesBeforeAContainedMatchAndTheCurrentSubcategoryBeforeOthers() {
        IndicatorLibrary lib = IndicatorLibrary.of(null);
        List<Entry> s = lib.suggest("完成", "时效指标", 50);
        assertFalse(s.isEmpty());
        int firstContained = -1;
        for (int k = 0; k < s.size(); k++) {
            if (!s.get(k).name().startsWith("完成")) {
                firstContained = k;
                break;
            }
        }
        assertTrue(firstContained > 0, "names starting with 完成 come first");
        assertTrue(s.subList(firstContained, s.size()).stream().allMatch(e -> e.name().contains("完成") && !e.name().startsWith("完成")));
        assertEquals("完成时间", s.get(0).name());
        assertEquals("时效指标", s.get(0).subcategory());
        // under 质量指标 the same text ranks a 质量 indicator first among the contained matches
        List<Entry> q = lib.suggest("完成率", "质量指标", 5);
        assertEquals("质量指标", q.get(0).subcategory(), q.toString());
        assertTrue(lib.suggest("  ", "数量指标", 5).isEmpty());
        assertEquals(3, lib.suggest("率", "数量指标", 3).size());
    }

    @Test
    void theOpenUnitsOwnIndicatorsComeFirstAndAChoiceFillsTheRowAsOneUndoableEdit() {
        Unit unit = Samples.load("xiangyin-office");
        FiscalYear fy = unit.years.get(0);
        Project own = fy.projects.get(0);
        Indicator typed = new Indicator("产出指标", "数量指标", "公车维修次数", "≤12次");
        typed.unitOfMeasure = "次";
        own.indicators.add(typed);
        IndicatorLibrary lib = IndicatorLibrary.of(unit);
        List<Entry> s = lib.suggest("公车", "数量指标", 10);
        assertEquals("公车维修次数", s.get(0).name(), "the unit's own before the samples'");
        assertTrue(s.get(0).own());
        assertTrue(s.get(0).source().startsWith(fy.year + "年 "), s.get(0).source());
        Entry car = s.stream().filter(e -> e.name().equals("公车管理")).findFirst().orElseThrow();

        Project target = fy.projects.get(1);
        Indicator row = new Indicator("产出指标", "数量指标", "公车", "");
        target.indicators.add(row);
        try (UnitFile f = UnitFile.create(dir.resolve("u.jixiao"))) {
            f.importUnit(unit);
            EditHistory h = new EditHistory(f);
            h.perform(IndicatorLibrary.fill(target.id, target.indicators, row, car));
            assertEquals(List.of("公车管理", "501", "台", "="), List.of(row.name, row.target, row.unitOfMeasure, row.comparator));
            Indicator saved = f.load().year(fy.year).orElseThrow().projects.get(1).indicators.stream()
                    .filter(i -> i.id.equals(row.id)).findFirst().orElseThrow();
            assertEquals("台", saved.unitOfMeasure);
            h.undo();
            assertEquals(List.of("公车", "", "", ""), List.of(row.name, row.target, row.unitOfMeasure, row.comparator), "one step back");
            assertFalse(h.canUndo());
        }
    }
}
