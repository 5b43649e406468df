package cn.jixiao.importing;

import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.Project;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 合并的变化 as the clerk reads them: a new indicator shows what it brings, never a bare 'false'. */
class ChangesTest {
    @Test
    void aNewIndicatorShowsItsValuesAndNotItsUnsetFlags() {
        Project before = Samples.load(Samples.DEFAULT).year(2021).orElseThrow().project("机要工作经费").orElseThrow();
        Project after = Json.copy(before, Project.class);
        Indicator added = new Indicator();
        added.category = "满意度指标";
        added.subcategory = "服务对象满意度指标";
        added.name = "政府大院工作人员";
        added.target = "基本满意";
        after.indicators.add(added);

        List<FieldChange> out = new ArrayList<>();
        Changes.project(before, after, out);

        assertTrue(out.stream().anyMatch(c -> c.label().startsWith("新增三级指标“政府大院工作人员”") && c.after().equals("基本满意")), out::toString);
        assertFalse(out.stream().anyMatch(c -> c.after().equals("false") || c.after().equals("true")
                || c.before().equals("false") || c.before().equals("true")), "no Java boolean reaches the clerk: " + out);
    }
}
