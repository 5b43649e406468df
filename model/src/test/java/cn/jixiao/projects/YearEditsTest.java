package cn.jixiao.projects;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.EditHistory;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.UnitFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YearEditsTest {
    @TempDir
    Path dir;

    private Unit load(Path file) {
        try (UnitFile f = UnitFile.open(file)) {
            return f.load();
        }
    }

    private List<Integer> years(Unit u) {
        return u.years.stream().map(y -> y.year).toList();
    }

    @Test
    void anEmptyYearIsAddedSavedUndoneAndDeleted() {
        Path file = dir.resolve("u.jixiao");
        Unit unit = Samples.load(Samples.DEFAULT);
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(unit);
            EditHistory h = new EditHistory(f);
            h.perform(YearEdits.add(unit, 2023, false));
            FiscalYear added = unit.year(2023).orElseThrow();
            assertEquals(unit.year(2022).orElseThrow().frameworkId, added.frameworkId);
            assertTrue(YearEdits.isEmpty(added));
            assertEquals(List.of(2021, 2022, 2023), years(f.load()));
            h.undo();
            assertEquals(List.of(2021, 2022), years(f.load()));
            h.redo();
            h.perform(YearEdits.delete(unit, unit.year(2023).orElseThrow()));
            assertEquals(List.of(2021, 2022), years(f.load()));
            h.undo();
            assertEquals(List.of(2021, 2022, 2023), years(f.load()));
        }
    }

    @Test
    void aYearFromThePreviousCarriesItsProjectsForward() {
        Path file = dir.resolve("u.jixiao");
        Unit unit = Samples.load(Samples.DEFAULT);
        int before = unit.year(2022).orElseThrow().projects.size();
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(unit);
            new EditHistory(f).perform(YearEdits.add(unit, 2023, true));
        }
        FiscalYear y = load(file).year(2023).orElseThrow();
        assertEquals(before, y.projects.size());
        assertTrue(y.projects.stream().allMatch(p -> p.draft));
    }

    @Test
    void aYearWithProjectsOrAnExistingYearIsRefused() {
        Unit unit = Samples.load(Samples.DEFAULT);
        var e = assertThrows(IllegalStateException.class, () -> YearEdits.delete(unit, unit.year(2022).orElseThrow()));
        assertTrue(e.getMessage().contains("不能删除"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> YearEdits.add(unit, 2022, false));
        var noPrevious = assertThrows(IllegalStateException.class, () -> YearEdits.add(unit, 2030, true));
        assertTrue(noPrevious.getMessage().contains("2029"), noPrevious.getMessage());
    }
}
