package cn.jixiao.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The framework a project uses: one rule ({@link Unit#frameworkOf}), read by the editor, the forms and review. */
class FrameworkOfProjectTest {
    @Test
    void aProjectNamingAnUnknownFrameworkUsesItsYearsEverywhere() {
        Unit unit = new Unit();
        FiscalYear year = unit.yearOrCreate(2023);
        year.frameworkId = Frameworks.XIANGYIN_2023;
        Project p = new Project();
        p.name = "示例项目";
        // a framework the unit once had and has since deleted
        p.frameworkId = "removed-framework";
        year.projects.add(p);

        Framework expected = Frameworks.builtIn(Frameworks.XIANGYIN_2023).orElseThrow();
        assertEquals(expected.id, unit.frameworkOf(year, p).orElseThrow().id);
        // the editor (indicator tree and copies), the printed forms and review used to answer
        // three different ways here: the year's, none, and the standard one
        assertEquals(expected.id, cn.jixiao.review.Frames.of(unit, year, p).id);
        assertEquals(expected.id, cn.jixiao.documents.layout.FrameworkProbe.of(unit, year, p).orElseThrow().id);
    }

    @Test
    void aProjectsOwnKnownFrameworkWinsAndNoneKnownMeansNone() {
        Unit unit = new Unit();
        FiscalYear year = unit.yearOrCreate(2023);
        year.frameworkId = Frameworks.STANDARD_2022;
        Project p = new Project();
        p.frameworkId = Frameworks.HENGYANG_2021;
        assertEquals(Frameworks.HENGYANG_2021, unit.frameworkOf(year, p).orElseThrow().id);
        assertEquals(Frameworks.STANDARD_2022, unit.frameworkOf(year, null).orElseThrow().id);
        year.frameworkId = "";
        p.frameworkId = "";
        assertTrue(unit.frameworkOf(year, p).isEmpty());
        assertTrue(cn.jixiao.review.Frames.of(unit, year, p).categories.isEmpty());
    }
}
