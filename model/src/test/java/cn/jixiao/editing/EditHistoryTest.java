package cn.jixiao.editing;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.store.UnitFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditHistoryTest {
    @TempDir
    Path dir;

    private Unit unit() {
        Unit u = new Unit();
        u.name = "衡阳市人民政府办公室";
        FiscalYear fy = u.yearOrCreate(2021);
        Project p = new Project();
        p.name = "政务督查经费";
        p.funds.statedTotal = Amount.of("25");
        p.indicators.add(new Indicator("产出指标", "数量指标", "督查次数", "30次以上"));
        p.indicators.add(new Indicator("产出指标", "质量指标", "办复率", "100%"));
        fy.projects.add(p);
        return u;
    }

    private Unit reopen(Path file) {
        try (UnitFile f = UnitFile.open(file)) {
            return f.load();
        }
    }

    @Test
    void pastedControlCharactersAreNormalisedAndTold() {
        // Issue 14 item 9: Word's Shift+Enter (a vertical tab) comes along with copy and paste.
        Path file = dir.resolve("c.jixiao");
        Unit u = unit();
        FiscalYear fy = u.years.get(0);
        Project p = fy.projects.get(0);
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(u);
            EditHistory h = new EditHistory(f);
            FieldEdit<String> name = Edits.projectField("项目名称", fy, p, x -> x.name, (x, v) -> x.name = v, "政务\u000B督查\u0001经费");
            h.perform(name);
            assertEquals("政务\n督查经费", p.name);
            assertTrue(name.notice().orElseThrow().contains("U+0001"), name.notice().toString());
            FieldEdit<String> plain = Edits.indicatorField("指标值", p.id, p.indicators, p.indicators.get(0), i -> i.target, (i, v) -> i.target = v, "不少于40次");
            assertTrue(plain.notice().isEmpty());
        }
        assertEquals("政务\n督查经费", reopen(file).years.get(0).projects.get(0).name);
    }

    @Test
    void everyStepIsSavedAndUndoRedoRestoreIt() {
        Path file = dir.resolve("u.jixiao");
        Unit u = unit();
        FiscalYear fy = u.years.get(0);
        Project p = fy.projects.get(0);
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(u);
            EditHistory h = new EditHistory(f);
            h.perform(Edits.indicatorField("指标值", p.id, p.indicators, p.indicators.get(0), i -> i.target, (i, v) -> i.target = v, "不少于40次"));
            List<Indicator> after = new ArrayList<>(p.indicators);
            after.add(new Indicator("产出指标", "时效指标", "办理提案建议", "及时办理"));
            h.perform(Edits.indicators("新增三级指标", p.id, p.indicators, after));
            h.perform(Edits.projectField("资金总额", fy, p, x -> x.funds.statedTotal, (x, v) -> x.funds.statedTotal = v, Amount.of("31.5")));
        }
        Unit saved = reopen(file);
        Project sp = saved.years.get(0).projects.get(0);
        assertEquals("不少于40次", sp.indicators.get(0).target);
        assertEquals(3, sp.indicators.size());
        assertEquals("31.5", sp.funds.statedTotal.text());

        u = saved;
        fy = u.years.get(0);
        try (UnitFile f = UnitFile.open(file)) {
            EditHistory h = new EditHistory(f);
            Project q = fy.projects.get(0);
            List<Indicator> moved = new ArrayList<>(q.indicators);
            moved.add(0, moved.remove(2));
            h.perform(Edits.indicators("移动三级指标", q.id, q.indicators, moved));
            assertEquals("办理提案建议", q.indicators.get(0).name);
            h.undo();
            assertEquals("督查次数", q.indicators.get(0).name);
            assertTrue(h.canRedo());
            h.redo();
            h.undo();
            assertFalse(h.canUndo());
        }
        assertEquals("督查次数", reopen(file).years.get(0).projects.get(0).indicators.get(0).name);
    }

    @Test
    void projectsAddedAndDeletedAreSavedWithTheirIndicators() {
        Path file = dir.resolve("u.jixiao");
        Unit u = unit();
        FiscalYear fy = u.years.get(0);
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(u);
            EditHistory h = new EditHistory(f);
            Project copy = new Project();
            copy.name = "综合调研经费";
            copy.indicators.add(new Indicator("产出指标", "数量指标", "调研次数", "5次以上"));
            List<Project> after = new ArrayList<>(fy.projects);
            after.add(0, copy);
            h.perform(Edits.projects("新建项目", fy, after));
        }
        Unit saved = reopen(file);
        assertEquals("综合调研经费", saved.years.get(0).projects.get(0).name);
        assertEquals("调研次数", saved.years.get(0).projects.get(0).indicators.get(0).name);
        try (UnitFile f = UnitFile.open(file)) {
            EditHistory h = new EditHistory(f);
            FiscalYear sfy = saved.years.get(0);
            h.perform(Edits.projects("删除项目", sfy, List.of(sfy.projects.get(1))));
        }
        assertEquals(List.of("政务督查经费"), reopen(file).years.get(0).projects.stream().map(p -> p.name).toList());
    }
}
