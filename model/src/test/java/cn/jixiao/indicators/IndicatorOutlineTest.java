package cn.jixiao.indicators;

import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class IndicatorOutlineTest {
    private final Unit unit = Samples.load(Samples.DEFAULT);
    private final Project p = unit.year(2021).orElseThrow().project("机要工作经费").orElseThrow();
    private final Framework fw = unit.framework(Frameworks.HENGYANG_2021).orElseThrow();

    private static List<String> names(List<Indicator> l) {
        return l.stream().map(i -> i.name).toList();
    }

    @Test
    void theOutlineKeepsThePrintedOrderAndShowsEmptySubcategories() {
        IndicatorOutline o = IndicatorOutline.of(fw, p.indicators);
        assertEquals(names(p.indicators), names(o.flatten()));
        assertEquals(List.of("产出指标", "效益指标"), o.categories());
        assertEquals(5, o.groups("效益指标").size());
        Framework national = unit.framework(Frameworks.NATIONAL_2021).orElseThrow();
        IndicatorOutline foreign = IndicatorOutline.of(national, p.indicators);
        assertEquals(p.indicators.size(), foreign.flatten().size(), "indicators outside the framework are kept");
    }

    @Test
    void insertMoveShiftAndRemove() {
        Indicator added = new Indicator("", "", "机要文件收发数量", "≥3000件");
        List<Indicator> l = IndicatorOutline.insert(fw, p.indicators, "产出指标", "数量指标", 1, added);
        assertEquals(List.of("工作范围", "机要文件收发数量", "工作质量"), names(l).subList(0, 3));
        assertEquals("数量指标", added.subcategory);

        Indicator range = l.get(0);
        List<Indicator> moved = IndicatorOutline.move(fw, l, range, "产出指标", "质量指标", 1);
        assertEquals(List.of("机要文件收发数量", "工作质量", "工作范围", "文件收发与领导批示"), names(moved).subList(0, 4));
        Indicator copy = moved.get(2);
        assertNotSame(range, copy, "a cross-二级 move replaces the row so undo finds the old one unchanged");
        assertEquals(range.id, copy.id);
        assertEquals("数量指标", range.subcategory);
        assertEquals("质量指标", copy.subcategory);

        List<Indicator> within = IndicatorOutline.move(fw, l, range, "产出指标", "数量指标", 2);
        assertEquals(List.of("机要文件收发数量", "工作范围"), names(within).subList(0, 2));
        assertSame(range, within.get(1));

        List<Indicator> up = IndicatorOutline.shift(fw, l, added, -1);
        assertEquals(List.of("机要文件收发数量", "工作范围"), names(up).subList(0, 2));
        assertEquals(names(l), names(IndicatorOutline.shift(fw, l, l.get(0), -1)), "the first stays first");

        assertEquals(names(p.indicators), names(IndicatorOutline.remove(l, added)));
    }
}
