package cn.jixiao.store;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.DeviationKind;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Likelihood;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.EditHistory;
import cn.jixiao.exchange.UnitExchange;
import cn.jixiao.monitoring.StartMonitoring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Monitoring periods in the unit file (migration "monitoring") and in the exchange document. */
class MonitoringStoreTest {
    @TempDir
    Path dir;

    @Test
    void twoPeriodsOfAProjectAreKeptEachAsItsOwnRecord() {
        Path file = dir.resolve("u.jixiao");
        Unit u = UnitFileTest.hengyangUnit();
        FiscalYear y = u.year(2021).orElseThrow();
        Project p = y.projects.get(0);
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(u);
            StartMonitoring june = StartMonitoring.of(y, p, 6);
            june.apply(f);
            Monitoring m = june.monitoring();
            m.funds.executed = Amount.of("9.80");
            m.expectedExecuted = Amount.of("23.20");
            var r = m.indicatorOrCreate(p.indicators.get(0).id);
            r.doneSoFar = "2次";
            r.deviationKinds.add(DeviationKind.STAFF);
            r.likelihood = Likelihood.POSSIBLE;
            f.saveMonitoring(y.year, m);
            StartMonitoring.of(y, p, 10).apply(f);
        }
        try (UnitFile f = UnitFile.open(file)) {
            FiscalYear back = f.load().year(2021).orElseThrow();
            assertEquals(2, back.monitorings.size());
            Monitoring june = back.monitoring(p.id, 6).orElseThrow();
            assertEquals("23.2", june.funds.initialBudget.text(), "the declaration's 资金总额");
            assertEquals("9.80", june.funds.executed.text(), "scale as typed");
            var r = june.indicator(p.indicators.get(0).id).orElseThrow();
            assertEquals("2次", r.doneSoFar);
            assertEquals(Likelihood.POSSIBLE, r.likelihood);
            assertEquals(DeviationKind.STAFF, r.deviationKinds.get(0));
            assertEquals(10, back.latestMonitoring(p.id).orElseThrow().month);
        }
    }

    @Test
    void startingTheSamePeriodTwiceIsRefusedAndUndoRemovesIt() {
        Path file = dir.resolve("u.jixiao");
        Unit u = UnitFileTest.hengyangUnit();
        FiscalYear y = u.year(2021).orElseThrow();
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(u);
            EditHistory h = new EditHistory(f);
            h.perform(StartMonitoring.of(y, y.projects.get(0), 6));
            assertThrows(IllegalStateException.class, () -> StartMonitoring.of(y, y.projects.get(0), 6));
            h.undo();
            assertTrue(y.monitorings.isEmpty());
            assertTrue(f.load().year(2021).orElseThrow().monitorings.isEmpty());
        }
    }

    @Test
    void aVersionTwoFileGainsTheMonitoringTable() throws Exception {
        Path file = dir.resolve("v2.jixiao");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 0, 2);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO unit(id, data) VALUES('u1', '{\"id\":\"u1\",\"name\":\"湘阴县人民政府办公室\"}')");
                s.execute("INSERT INTO fiscal_year(year, data) VALUES(2023, '{\"year\":2023}')");
            }
        }
        try (UnitFile f = UnitFile.open(file)) {
            assertEquals(Migrations.CURRENT, f.schemaVersion());
            FiscalYear y = f.load().year(2023).orElseThrow();
            StartMonitoring.overall(y, 6).apply(f);
            assertEquals(1, f.load().year(2023).orElseThrow().monitorings.size());
        }
    }

    @Test
    void theExchangeCarriesMonitoringAndOldDocumentsStillImport() {
        Unit u = UnitFileTest.hengyangUnit();
        FiscalYear y = u.year(2021).orElseThrow();
        Monitoring m = new Monitoring(y.projects.get(0).id, 6);
        m.funds.executed = Amount.of("9.80");
        y.monitorings.add(m);
        Unit back = UnitExchange.fromJson(UnitExchange.toJson(u));
        assertEquals("9.80", back.year(2021).orElseThrow().monitoring(m.projectId, 6).orElseThrow().funds.executed.text());
        assertEquals(UnitExchange.toJson(u), UnitExchange.toJson(back));
        String old = "{\"format\":\"jixiao-unit\",\"formatVersion\":1,\"unit\":{\"name\":\"衡阳市人民政府办公室\","
                + "\"years\":[{\"year\":2021,\"projects\":[{\"name\":\"纪检派驻机构专项经费\"}]}]}}";
        assertTrue(UnitExchange.fromJson(old).year(2021).orElseThrow().monitorings.isEmpty());
    }
}
