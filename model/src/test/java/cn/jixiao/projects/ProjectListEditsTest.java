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
        assertTrue(next.indicators.stream().allMatch(i -> i.selfEvaluation.actual.isEmpty() && i.selfEvaluation.score.isEmpty()), "last year's results stay behind");
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
    void nextYearContinuesTheProjectMovesItsPeriodAndForgetsLastYearsSelfEvaluation() {
        Unit unit = Samples.load(Samples.DEFAULT);
        FiscalYear y2022 = unit.year(2022).orElseThrow();
        Project jiyao = y2022.project("机要工作经费").orElseThrow();
        jiyao.attribute = "新增";
        jiyao.startEnd = "2022.01--2022.12";
        jiyao.indicators.get(0).selfEvaluation.tier = "未达成";
        jiyao.indicators.get(0).selfEvaluation.scoreReason = "未完成";
        y2022.overall.statedTotal = cn.jixiao.domain.Amount.of("512.36");
        y2022.overall.basicExpense = cn.jixiao.domain.Amount.of("400");
        y2022.overall.projectExpense = cn.jixiao.domain.Amount.of("112.36");
        Path file = dir.resolve("n.jixiao");
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(unit);
            new EditHistory(f).perform(ProjectListEdits.startNextYear(unit, y2022));
        }
        FiscalYear y2023 = load(file).year(2023).orElseThrow();
        Project next = y2023.project("机要工作经费").orElseThrow();
        assertEquals("延续", next.attribute);
        assertEquals("2023.01--2023.12", next.startEnd);
        assertTrue(next.indicators.stream().allMatch(i -> i.selfEvaluation.tier.isEmpty() && i.selfEvaluation.scoreReason.isEmpty()),
                "last year's 未达成 does not come back in the draft");
        assertEquals("512.36", y2023.overall.lastYearTotal.text());
        assertEquals("400", y2023.overall.lastYearBasicExpense.text());
        assertEquals("112.36", y2023.overall.lastYearProjectExpense.text());
    }

    @Test
    void lastYearsOverallFiguresFillOnlyWhatTheNewYearLacksAndUndoClearsThem() {
        Unit unit = Samples.load(Samples.DEFAULT);
        FiscalYear y2021 = unit.year(2021).orElseThrow();
        FiscalYear y2022 = unit.year(2022).orElseThrow();
        y2021.overall.statedTotal = cn.jixiao.domain.Amount.of("480");
        y2021.overall.basicExpense = cn.jixiao.domain.Amount.of("380");
        y2022.overall.lastYearTotal = cn.jixiao.domain.Amount.of("479.5");
        y2022.overall.lastYearBasicExpense = cn.jixiao.domain.Amount.EMPTY;
        Path file = dir.resolve("o.jixiao");
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(unit);
            EditHistory h = new EditHistory(f);
            h.perform(ProjectListEdits.startNextYear(unit, y2021));
            assertEquals("479.5", y2022.overall.lastYearTotal.text(), "the clerk's own figure stays");
            assertEquals("380", y2022.overall.lastYearBasicExpense.text());
            h.undo();
        }
        assertTrue(load(file).year(2022).orElseThrow().overall.lastYearBasicExpense.isEmpty(), "undo cleared it in the file too");
    }

    @Test
    void aCopyWithinTheYearIsNotADraftFromLastYear() {
        Project draft = ProjectCopies.carryForward(Samples.load(Samples.DEFAULT).year(2022).orElseThrow().projects.get(0), 2023);
        assertTrue(draft.draft);
        Project copy = ProjectCopies.duplicate(draft);
        assertFalse(copy.draft, "Ctrl+D makes the clerk's own project, not one copied from last year");
    }

    @Test
    void thePeriodMovesIntoTheNewYearAsWritten() {
        assertEquals("2024.01--2024.12", StartEndShift.toNextYear("2023.01--2023.12", 2024));
        assertEquals("202401-202412", StartEndShift.toNextYear("202301-202312", 2024));
        assertEquals("2024年1月-12月", StartEndShift.toNextYear("2023年1月-12月", 2024));
        assertEquals("20240101-20241231", StartEndShift.toNextYear("20230101-20231231", 2024));
        assertEquals("2022年1月-2024年12月", StartEndShift.toNextYear("2022年1月-2024年12月", 2024), "a 3-year project already covers 2024");
        assertEquals("全年", StartEndShift.toNextYear("全年", 2024));
        assertEquals("", StartEndShift.toNextYear("", 2024));
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
