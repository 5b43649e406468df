package cn.jixiao.domain;

import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/** The window's review reads a snapshot of the unit on another thread while the clerk goes on editing. */
class JsonSnapshotTest {
    @Test
    void aSnapshotReadsBackAsTheUnitWasWhenTakenNotAsItIsNow() throws Exception {
        Unit unit = Samples.load(Samples.DEFAULT);
        String before = Json.write(unit);
        Json.Snapshot<Unit> snapshot = Json.snapshot(unit, Unit.class);

        // edits after the snapshot: a renamed project, a changed 指标值 and amount, a removed indicator, a new year
        FiscalYear year = unit.years.get(0);
        Project project = year.projects.get(0);
        String name = project.name;
        project.name = project.name + "（已改）";
        Indicator first = project.indicators.get(0);
        String target = first.target;
        first.target = "≥99%";
        project.funds.fiscalAppropriation = Amount.of("31..5");
        project.indicators.remove(project.indicators.size() - 1);
        unit.yearOrCreate(2030);

        Unit read = CompletableFuture.supplyAsync(snapshot::read).get();
        assertEquals(before, Json.write(read));
        assertEquals(name, read.years.get(0).projects.get(0).name);
        assertEquals(target, read.years.get(0).projects.get(0).indicators.get(0).target);
        assertNotSame(unit.years.get(0).projects.get(0), read.years.get(0).projects.get(0));
        assertEquals(before, Json.write(snapshot.read()), "a snapshot can be read more than once");
    }
}
