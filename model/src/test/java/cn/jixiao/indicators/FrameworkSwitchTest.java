package cn.jixiao.indicators;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Frameworks;
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
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Switching 指标体系 on the real 机要工作经费 (衡阳 2021, 满意度 under 效益, 成本 under 产出). */
class FrameworkSwitchTest {
    @TempDir
    Path dir;

    private static String where(List<Indicator> list, String name) {
        return list.stream().filter(i -> i.name.equals(name)).map(i -> i.category + "/" + i.subcategory).findFirst().orElse("missing");
    }

    @Test
    void costAndSatisfactionMoveToTheirNewParentsAndBackWithoutLoss() {
        Unit unit = Samples.load(Samples.DEFAULT);
        FiscalYear fy = unit.year(2021).orElseThrow();
        Project p = fy.project("机要工作经费").orElseThrow();
        List<String> before = p.indicators.stream().map(i -> i.id + i.name + i.target).toList();
        assertEquals("产出指标/成本指标", where(p.indicators, "经费开支"));
        assertEquals("效益指标/社会公众或服务对象满意度指标", where(p.indicators, "省政府"));

        Path file = dir.resolve("u.jixiao");
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(unit);
            EditHistory h = new EditHistory(f);
            h.perform(FrameworkSwitch.edit(fy, p, unit.framework(Frameworks.NATIONAL_2021).orElseThrow()));
            assertEquals("成本指标/经济成本指标", where(p.indicators, "经费开支"));
            assertEquals("满意度指标/服务对象满意度指标", where(p.indicators, "省政府"));
            assertEquals("产出指标/数量指标", where(p.indicators, "工作范围"));
            assertEquals("成本指标", p.indicators.get(0).category, "the forms print 成本 first in the national layout");
            assertEquals(before.size(), p.indicators.size());
            assertEquals(Set.copyOf(before), p.indicators.stream().map(i -> i.id + i.name + i.target).collect(Collectors.toSet()));
        }
        try (UnitFile f = UnitFile.open(file)) {
            Unit saved = f.load();
            Project sp = saved.year(2021).orElseThrow().project("机要工作经费").orElseThrow();
            assertEquals(Frameworks.NATIONAL_2021, sp.frameworkId);
            assertEquals("满意度指标/服务对象满意度指标", where(sp.indicators, "市政府"));
            EditHistory h = new EditHistory(f);
            FiscalYear sfy = saved.year(2021).orElseThrow();
            h.perform(FrameworkSwitch.edit(sfy, sp, saved.framework(Frameworks.HENGYANG_2021).orElseThrow()));
            assertEquals(before, sp.indicators.stream().map(i -> i.id + i.name + i.target).toList(), "back in the printed order");
            assertEquals("产出指标/成本指标", where(sp.indicators, "经费开支"));
            assertEquals("效益指标/社会公众或服务对象满意度指标", where(sp.indicators, "省政府"));
            h.undo();
            assertEquals("成本指标/经济成本指标", where(sp.indicators, "经费开支"));
        }
    }

    @Test
    void huaiyuanSatisfactionAndNotApplicableMarksFollowToTheXiangyinFramework() {
        Unit unit = Samples.load("huaiyuan-office");
        FiscalYear fy = unit.year(2024).orElseThrow();
        Project p = fy.projects.get(0);
        assertTrue(p.notApplicable.contains("效益指标/经济效益指标"));
        try (UnitFile f = UnitFile.create(dir.resolve("h.jixiao"))) {
            f.importUnit(unit);
            EditHistory h = new EditHistory(f);
            h.perform(FrameworkSwitch.edit(fy, p, unit.framework(Frameworks.XIANGYIN_2023).orElseThrow()));
        }
        assertEquals("效益指标/服务对象满意度", where(p.indicators, "被督查机关满意度"));
        assertEquals("产出指标/成本指标", where(p.indicators, "预算控制率"));
        assertTrue(p.notApplicable.contains("效益指标/经济效益"), p.notApplicable.toString());
        assertTrue(p.notApplicable.contains("效益指标/生态效益"), p.notApplicable.toString());
    }

    @Test
    void aSubcategoryWithNoCounterpartKeepsItsPlace() {
        Unit unit = Samples.load("hengyang-agency");
        Project p = unit.year(2024).orElseThrow().project("厅级干部周转房租赁及生活费").orElseThrow();
        var moved = FrameworkSwitch.remap(p.indicators, unit.framework(Frameworks.STANDARD_2022).orElseThrow());
        assertEquals("效益指标/可持续发展影响指标", where(moved, "持续服务"));
        assertEquals("产出指标/成本指标", where(moved, "衡阳市厅级干部周转房租赁费与生活费成本控制情况"));
    }
}
