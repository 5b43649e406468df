package cn.jixiao.review;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.DeviationKind;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.IndicatorMonitoring;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three monitoring checks, each failing and passing, on 政务督查经费 (seed 001: 督查次数 不少于20次, 31.5 万元). */
class MonitoringChecksTest {
    private final Project ducha = SeedRows.ducha2022();
    private final Unit unit = ChecksTest.year(2022, ducha);
    private final FiscalYear year = unit.year(2022).orElseThrow();
    private final Monitoring june = new Monitoring(ducha.id, 6);

    MonitoringChecksTest() {
        june.funds.initialBudget = Amount.of("31.5");
        june.funds.adjustedBudget = Amount.of("31.5");
        june.funds.executed = Amount.of("15.75");
        year.monitorings.add(june);
    }

    private IndicatorMonitoring inspections() {
        return june.indicatorOrCreate(ChecksTest.named(ducha, "督查次数").id);
    }

    @Test
    void aStatedRateThatDiffersFromTheComputedOneIsFound() {
        june.funds.statedExecutionRate = "60%";
        List<Finding> f = ChecksTest.found(unit, "MONITORING_RATE_MISMATCH");
        assertEquals(1, f.size());
        assertEquals("政务督查经费：截至6月的运行监控，执行率填的是“60%”，按1—6月执行数15.75万元÷调整后预算数31.5万元计算应为50.00%。",
                f.get(0).message());
        assertEquals("monitoring[6].funds.statedExecutionRate", f.get(0).where().field());
        june.funds.statedExecutionRate = "50%";
        assertTrue(ChecksTest.found(unit, "MONITORING_RATE_MISMATCH").isEmpty());
    }

    @Test
    void anExpectedExecutionAboveTheAdjustedBudgetIsFound() {
        june.expectedExecuted = Amount.of("32");
        List<Finding> f = ChecksTest.found(unit, "MONITORING_EXPECTED_OVER_BUDGET");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("全年预计执行数32万元超过调整后预算数31.5万元"), f.get(0).message());
        june.expectedExecuted = Amount.of("31.5");
        assertTrue(ChecksTest.found(unit, "MONITORING_EXPECTED_OVER_BUDGET").isEmpty());
    }

    @Test
    void aYellowLightWithoutCauseAndMeasuresIsFoundTwiceAndOnceBothAreGivenNotAtAll() {
        inspections().doneSoFar = "9次";
        inspections().expected = "18次";
        List<Finding> f = ChecksTest.found(unit, "MONITORING_CAUSE_MISSING");
        assertEquals(2, f.size(), ChecksTest.messages(f));
        assertEquals("政务督查经费：截至6月的运行监控，三级指标“督查次数”亮黄灯（全年预计18次，只达到指标值不少于20次的90.00%），请填写偏差原因。",
                f.get(0).message());
        assertEquals("monitoring[6].correctiveAction", f.get(1).where().field());
        inspections().deviationKinds.add(DeviationKind.STAFF);
        inspections().correctiveAction = "下半年增加督查频次";
        assertTrue(ChecksTest.found(unit, "MONITORING_CAUSE_MISSING").isEmpty());
    }

    @Test
    void aGreenLightNeedsNoCause() {
        inspections().doneSoFar = "10次";
        inspections().expected = "20次";
        assertTrue(ChecksTest.found(unit, "MONITORING_CAUSE_MISSING").isEmpty());
    }

    @Test
    void thePeriodOfADeletedProjectIsNotReviewed() {
        june.funds.statedExecutionRate = "60%";
        year.projects.clear();
        assertTrue(ChecksTest.found(unit, "MONITORING_RATE_MISMATCH").isEmpty());
    }
}
