package cn.jixiao.app.selfevaluation;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.monitoring.StartMonitoring;
import cn.jixiao.sample.Samples;
import javafx.beans.property.SimpleLongProperty;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The self-evaluation of 政务督查经费 (2021) shows the June monitoring's 全年预计 beside what the clerk fills. */
class MonitoringBesideSelfEvaluationTest {
    @Test
    void theLatestMonitoringsExpectationsAreShown() {
        Unit u = Samples.load("hengyang-office");
        FiscalYear y = u.year(2021).orElseThrow();
        Project p = y.project("政务督查经费").orElseThrow();
        SelfEvaluationViewModel vm = SelfEvaluationViewModel.forProject(e -> { }, new SimpleLongProperty(), y, p);
        assertEquals(Optional.empty(), vm.monitoringFundsHint(), "no monitoring yet: nothing shown");
        assertEquals("", vm.monitoringExpected(p.indicators.get(0)));

        Monitoring june = StartMonitoring.of(y, p, 6).monitoring();
        y.monitorings.add(june);
        june.expectedExecuted = Amount.of("33.5");
        june.indicatorOrCreate(p.indicators.get(0).id).expected = "18次";
        Monitoring october = StartMonitoring.of(y, p, 10).monitoring();
        y.monitorings.add(october);
        october.expectedExecuted = Amount.of("35");
        october.indicatorOrCreate(p.indicators.get(0).id).expected = "20次";

        assertEquals(Optional.of("运行监控（1—10月）全年预计执行数：35万元"), vm.monitoringFundsHint(), "the latest period");
        assertEquals("20次", vm.monitoringExpected(p.indicators.get(0)));
    }
}
