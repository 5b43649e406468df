package cn.jixiao.indicators;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.EditHistory;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.UnitFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Copying indicators of 衡阳 机要工作经费 from 2021 (衡阳 2021 framework) into 2022 (standard framework). */
class IndicatorCopiesTest {
    @TempDir
    Path dir;

    private static String where(List<Indicator> list, String name, int nth) {
        return list.stream().filter(i -> i.name.equals(name)).skip(nth).map(i -> i.category + "/" + i.subcategory)
                .findFirst().orElse("missing");
    }

    @Test
    void thePreviousYearIsFoundByLineageAndCopiesLandUnderTheMatchingSubcategory() {
        Unit unit = Samples.load(Samples.DEFAULT);
        FiscalYear y2021 = unit.year(2021).orElseThrow();
        FiscalYear y2022 = unit.year(2022).orElseThrow();
        Project target = y2022.project("机要工作经费").orElseThrow();
        // 2022's 县市区长会议经费及电视电话会议经费 continues 2021's 县市区长会议经费 under another name
        Project renamed = y2022.project("县市区长会议经费及电视电话会议经费").orElseThrow();
        assertEquals("县市区长会议经费", IndicatorCopies.previousYear(unit, y2022, renamed).orElseThrow().project().name);
        IndicatorCopies.Source prev = IndicatorCopies.previousYear(unit, y2022, target).orElseThrow();
        assertEquals(2021, prev.year().year);
        assertTrue(IndicatorCopies.previousYear(unit, y2021, prev.project()).isEmpty(), "2021 is the first year");
        List<IndicatorCopies.Source> sources = IndicatorCopies.sources(unit, y2022, target);
        assertEquals(prev.project(), sources.get(0).project());
        assertTrue(sources.stream().noneMatch(s -> s.project() == target));
        assertEquals(23, sources.size(), "11 other projects of 2022, 12 of 2021");

        List<Indicator> chosen = prev.project().indicators.stream()
                .filter(i -> i.name.equals("队伍建设") || i.name.equals("省政府")).toList();
        List<String> before = target.indicators.stream().map(i -> i.id).toList();
        Indicator selfEvaluated = target.indicators.get(0);
        try (UnitFile f = UnitFile.create(dir.resolve("u.jixiao"))) {
            f.importUnit(unit);
            EditHistory h = new EditHistory(f);
            h.perform(IndicatorCopies.copyInto(unit, y2022, target, chosen));
            assertEquals(11, target.indicators.size());
            assertEquals("效益指标/社会效益指标", where(target.indicators, "队伍建设", 0));
            assertEquals("满意度指标/服务对象满意度指标", where(target.indicators, "省政府", 1), "the 2022 framework's 满意度");
            assertEquals(List.of("工作范围", "工作质量", "文件收发", "经费开支", "工作效率", "队伍建设", "节约型政府", "基础性工作",
                    "省政府", "市政府", "省政府"), target.indicators.stream().map(i -> i.name).toList(), "in the framework's order");
            Indicator copy = target.indicators.get(10);
            assertNotEquals(chosen.get(1).id, copy.id, "a new indicator, not the old year's");
            assertEquals("效益指标/社会公众或服务对象满意度指标", chosen.get(1).category + "/" + chosen.get(1).subcategory, "the source is untouched");
            Project saved = f.load().year(2022).orElseThrow().project("机要工作经费").orElseThrow();
            assertEquals(11, saved.indicators.size());
            h.undo();
            assertEquals(before, target.indicators.stream().map(i -> i.id).toList());
            assertEquals(9, f.load().year(2022).orElseThrow().project("机要工作经费").orElseThrow().indicators.size());

            // from another project of the same year: its self-evaluation stays behind
            Project other = y2022.project("水电补助").orElseThrow();
            h.perform(IndicatorCopies.copyInto(unit, y2022, other, List.of(selfEvaluated)));
            Indicator c = other.indicators.stream().filter(i -> i.name.equals("工作范围")).findFirst().orElseThrow();
            assertEquals("所有机要保密文件", c.target);
            assertEquals("", c.selfEvaluation.actual);
            assertEquals("", c.selfEvaluation.score);
            assertEquals("100%", selfEvaluated.selfEvaluation.actual);
        }
    }
}
