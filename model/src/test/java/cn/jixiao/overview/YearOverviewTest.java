package cn.jixiao.overview;

import cn.jixiao.domain.Stage;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.IndicatorMonitoring;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.monitoring.Light;
import cn.jixiao.monitoring.StartMonitoring;
import cn.jixiao.sample.Samples;
import cn.jixiao.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 年度总览 of hengyang-office: 2021 declared and one project monitored; 2022 self-evaluated. */
class YearOverviewTest {
    @Test
    void aMonitoredProjectShowsItsRateAndLightAndTheOthersTheirDeclaration() {
        Unit u = Samples.load("hengyang-office");
        FiscalYear y = u.year(2021).orElseThrow();
        Project ducha = y.project("政务督查经费").orElseThrow();
        Monitoring m = StartMonitoring.of(y, ducha, 6).monitoring();
        y.monitorings.add(m);
        m.funds.executed = Amount.of("10.5");
        IndicatorMonitoring r = m.indicatorOrCreate(ducha.indicators.get(0).id);
        r.expected = "18次";
        YearOverview o = YearOverview.of(u, y);
        assertEquals(y.projects.size(), o.rows().size());
        YearOverview.Row row = o.rows().stream().filter(x -> x.name().equals("政务督查经费")).findFirst().orElseThrow();
        assertEquals(Stage.MONITORING, row.stage());
        assertEquals("35", row.budget().text());
        // 10.5 ÷ 35 = 30%: 20 points behind June's 50%, yellow
        assertEquals(0, new BigDecimal("0.3").compareTo(row.executionRate().orElseThrow()));
        assertEquals(Light.YELLOW, row.light());
        assertEquals(6, row.month());
        assertTrue(row.findings() >= 1, "the yellow 督查次数 has no cause yet");
        assertEquals(0, new BigDecimal("0.5").compareTo(o.timeProgress().orElseThrow()));
        YearOverview.Row other = o.rows().get(0);
        assertEquals(Stage.DECLARATION, other.stage());
        assertEquals(Light.NONE, other.light());
        assertTrue(o.findings() >= row.findings());
    }

    @Test
    void aSelfEvaluatedProjectShowsItsScoreAndGradeAsTheScoringRulesGiveThem() {
        Unit u = Samples.load("hengyang-office");
        FiscalYear y = u.year(2022).orElseThrow();
        YearOverview o = YearOverview.of(u, y);
        Project p = y.projects.stream().filter(x -> x.selfEvaluation.started).findFirst().orElseThrow();
        YearOverview.Row row = o.rows().stream().filter(x -> x.projectId().equals(p.id)).findFirst().orElseThrow();
        assertEquals(Stage.SELF_EVALUATION, row.stage());
        assertEquals(ScoringEngine.total(p, y.year).totalIfAny(), row.score());
        assertEquals(p.selfEvaluation.funds.executionRate(), row.executionRate());
    }
}
