package cn.jixiao.projects;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.EditHistory;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.UnitFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectListEditsTest {
    @TempDir
    Path dir;

    private Unit load(Path file) {
        try (UnitFile f = UnitFile.open(file)) {
            return f.load();
        }
    }

    @Test
    void startNextYearCopiesEveryProjectAsADraftAndUndoRemovesTheYear() {
        Unit unit = Samples.load(Samples.DEFAULT);
        FiscalYear y2022 = unit.year(2022).orElseThrow();
        Project jiyao = y2022.project("机要工作经费").orElseThrow();
        Path file = dir.resolve("u.jixiao");
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(unit);
            EditHistory h = new EditHistory(f);
            h.perform(ProjectListEdits.startNextYear(unit, y2022));
            h.undo();
            assertFalse(unit.year(2023).isPresent());
            h.redo();
        }
        Unit saved = load(file);
        FiscalYear y2023 = saved.year(2023).orElseThrow();
        assertEquals(y2022.projects.size(), y2023.projects.size());
        assertEquals(y2022.frameworkId, y2023.frameworkId);
        Project next = y2023.project("机要工作经费").orElseThrow();
        assertTrue(next.draft);
        assertEquals(jiyao.lineage, next.lineage);
        assertNotEquals(jiyao.id, next.id);
        assertEquals(jiyao.annualGoal, next.annualGoal);
        assertEquals(jiyao.indicators.stream().map(i -> i.name + i.target).toList(),
                next.indicators.stream().map(i -> i.name + i.target).toList());
        Set<String> oldIds = new HashSet<>();
        jiyao.indicators.forEach(i -> oldIds.add(i.id));
        assertTrue(next.indicators.stream().noneMatch(i -> oldIds.contains(i.id)), "new indicator ids");
        assertTrue(next.indicators.stream().allMatch(i -> i.actual.isEmpty() && i.score.isEmpty()), "last year's results stay behind");
        assertEquals("27", next.funds.lastYearStatedTotal.text(), "2022's 全年预算数 (seed 001) is 2023's 上年 figure");
        assertEquals(jiyao.funds.countyThisYear, next.funds.countyLastYear);
        assertTrue(next.selfEvaluation.actualOutcome.isEmpty());

        try (UnitFile f = UnitFile.open(file)) {
            EditHistory h = new EditHistory(f);
            h.perform(ProjectListEdits.startNextYear(saved, saved.year(2021).orElseThrow()));
            assertEquals(y2022.projects.size(), saved.year(2022).orElseThrow().projects.size(),
                    "2022 already continues every 2021 project (same lineage): nothing is copied twice");
            h.perform(ProjectListEdits.startNextYear(saved, saved.year(2023).orElseThrow()));
            assertTrue(saved.year(2024).isPresent());
            h.undo();
            assertFalse(saved.year(2024).isPresent());
        }
        Unit reopened = load(file);
        assertFalse(reopened.year(2024).isPresent(), "undo removed the new year from the file too");
        assertEquals(y2022.projects.size(), reopened.year(2023).orElseThrow().projects.size());
    }

    @Test
    void newDuplicateMoveAndDeleteAreSavedAndUndoable() {
        Unit unit = Samples.load(Samples.DEFAULT);
        FiscalYear fy = unit.year(2021).orElseThrow();
        int n = fy.projects.size();
        Project first = fy.projects.get(0);
        Path file = dir.resolve("p.jixiao");
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(unit);
            EditHistory h = new EditHistory(f);
            Project created = new Project();
            created.name = "政务信息化运维经费";
            h.perform(ProjectListEdits.create(fy, created, first));
            assertEquals(created, fy.projects.get(1));
            Project copy = ProjectCopies.duplicate(first);
            h.perform(ProjectListEdits.duplicate(fy, first, copy));
            assertEquals(first.name + "（副本）", fy.projects.get(1).name);
            assertNotEquals(first.lineage, copy.lineage);
            assertEquals(first.indicators.size(), copy.indicators.size());
            assertNull(ProjectListEdits.move(fy, first, -1));
            h.perform(ProjectListEdits.move(fy, first, 1));
            h.perform(ProjectListEdits.delete(fy, created));
        }
        FiscalYear saved = load(file).year(2021).orElseThrow();
        assertEquals(n + 1, saved.projects.size());
        assertEquals(List.of(first.name + "（副本）", first.name), saved.projects.subList(0, 2).stream().map(p -> p.name).toList());
        assertEquals(first.indicators.size(), saved.projects.get(0).indicators.size(), "the copy's indicators were saved");
        try (UnitFile f = UnitFile.open(file)) {
            Unit u = f.load();
            FiscalYear y = u.year(2021).orElseThrow();
            EditHistory h = new EditHistory(f);
            Project copy = y.projects.get(0);
            h.perform(ProjectListEdits.delete(y, copy));
            h.undo();
        }
        assertEquals(n + 1, load(file).year(2021).orElseThrow().projects.size(), "undo of 删除 brought it back");
    }
}
