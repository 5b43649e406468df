package cn.jixiao.monitoring;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.IndicatorMonitoring;
import cn.jixiao.domain.Likelihood;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.MonitoringRules;
import cn.jixiao.domain.Project;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lights of docs/monitoring.md on constructed cases, each threshold edge on both sides. */
class MonitoringLightsTest {
    private static final MonitoringRules COMMON = new MonitoringRules();

    /** 政务督查经费 (seed 001): 38.17 万元, monitored to the end of June. */
    static Monitoring june(String adjusted, String executed) {
        Monitoring m = new Monitoring("p", 6);
        m.funds.initialBudget = Amount.of("38.17");
        m.funds.adjustedBudget = Amount.of(adjusted);
        m.funds.executed = Amount.of(executed);
        return m;
    }

    static Light funds(Monitoring m) {
        return MonitoringLights.status(m, List.of(), COMMON).executionLight();
    }

    @Test
    void timeProgressIsMonthsOverTwelve() {
        assertEquals(0, new BigDecimal("0.5").compareTo(MonitoringLights.timeProgress(6)));
        // a rate like any other (Percent): cut, and written 83.33%
        assertEquals(0, new BigDecimal("0.8333333333").compareTo(MonitoringLights.timeProgress(10)));
        assertEquals("83.33%", cn.jixiao.domain.Percent.of(MonitoringLights.timeProgress(10)));
    }

    @Test
    void executionTenPointsBehindIsStillGreenAndMoreIsYellow() {
        // 40 ÷ 100 = 40% against 50%: exactly 10 points behind
        assertEquals(Light.GREEN, funds(june("100", "40")));
        assertEquals(Light.YELLOW, funds(june("100", "39.99")));
    }

    @Test
    void executionTwentyPointsBehindIsYellowAndMoreIsRed() {
        assertEquals(Light.YELLOW, funds(june("100", "30")));
        assertEquals(Light.RED, funds(june("100", "29.99")));
    }

    @Test
    void executionAheadOfTimeIsGreen() {
        assertEquals(Light.GREEN, funds(june("38.17", "38.1692")));
    }

    @Test
    void theRateIsTheDomainsOneOnTheAdjustedBudget() {
        Monitoring m = june("80", "20");
        MonitoringStatus s = MonitoringLights.status(m, List.of(), COMMON);
        assertEquals(m.funds.executionRate(), s.executionRate());
        assertEquals(0, new BigDecimal("0.25").compareTo(s.executionRate().orElseThrow()));
        assertEquals(Light.RED, s.executionLight());
    }

    @Test
    void aUnitsOwnThresholdsChangeTheLight() {
        MonitoringRules strict = new MonitoringRules();
        strict.executionYellowPoints = BigDecimal.valueOf(5);
        strict.executionRedPoints = BigDecimal.valueOf(15);
        Monitoring m = june("100", "42");
        assertEquals(Light.GREEN, MonitoringLights.status(m, List.of(), COMMON).executionLight());
        assertEquals(Light.YELLOW, MonitoringLights.status(m, List.of(), strict).executionLight());
    }

    static Indicator checks() {
        return new Indicator("产出指标", "数量指标", "检查次数", "不少于20次");
    }

    static IndicatorMonitoring record(String soFar, String expected) {
        IndicatorMonitoring r = new IndicatorMonitoring("i");
        r.doneSoFar = soFar;
        r.expected = expected;
        return r;
    }

    @Test
    void nineByJuneAndEighteenExpectedOfTwentyIsYellow() {
        IndicatorStatus s = MonitoringLights.indicator(checks(), record("9次", "18次"), 6, COMMON);
        assertEquals(Light.YELLOW, s.light());
        assertEquals(0, new BigDecimal("0.9").compareTo(s.expected().orElseThrow()));
        assertTrue(s.soFar().isEmpty(), "the expectation decides; the progress so far is not read");
        assertEquals(0, new BigDecimal("0.45").compareTo(
                MonitoringLights.indicator(checks(), record("9次", ""), 6, COMMON).soFar().orElseThrow()));
        assertEquals("全年预计18次，只达到指标值不少于20次的90.00%", s.reason());
    }

    @Test
    void expectedReachingTheTargetIsGreen() {
        assertEquals(Light.GREEN, MonitoringLights.indicator(checks(), record("9次", "20次"), 6, COMMON).light());
        assertEquals(Light.GREEN, MonitoringLights.indicator(checks(), record("9次", "22次"), 6, COMMON).light());
    }

    @Test
    void expectedTwentyPointsShortIsYellowAndMoreIsRed() {
        assertEquals(Light.YELLOW, MonitoringLights.indicator(checks(), record("", "16次"), 6, COMMON).light());
        assertEquals(Light.RED, MonitoringLights.indicator(checks(), record("", "15次"), 6, COMMON).light());
    }

    @Test
    void withoutAnExpectationTheProgressSoFarIsHeldAgainstTime() {
        // 6 of 20 = 30% by June: 20 points behind, yellow; 5 of 20 = 25%: red; 8 = 40%: green
        assertEquals(Light.YELLOW, MonitoringLights.indicator(checks(), record("6次", ""), 6, COMMON).light());
        assertEquals(Light.RED, MonitoringLights.indicator(checks(), record("5次", ""), 6, COMMON).light());
        assertEquals(Light.GREEN, MonitoringLights.indicator(checks(), record("8次", ""), 6, COMMON).light());
    }

    @Test
    void nothingFilledGivesNoLight() {
        assertEquals(Light.NONE, MonitoringLights.indicator(checks(), record("", ""), 6, COMMON).light());
    }

    @Test
    void theClerksLikelihoodOnlyMakesItWorse() {
        IndicatorMonitoring r = record("9次", "20次");
        r.likelihood = Likelihood.POSSIBLE;
        assertEquals(Light.YELLOW, MonitoringLights.indicator(checks(), r, 6, COMMON).light());
        r.likelihood = Likelihood.IMPOSSIBLE;
        assertEquals(Light.RED, MonitoringLights.indicator(checks(), r, 6, COMMON).light());
        r.likelihood = Likelihood.CERTAIN;
        r.expected = "15次";
        assertEquals(Light.RED, MonitoringLights.indicator(checks(), r, 6, COMMON).light());
    }

    @Test
    void qualitativeAndCostTargetsReadAsTheScoringRulesReadThem() {
        Indicator satisfied = new Indicator("满意度指标", "服务对象满意度指标", "群众", "满意");
        assertEquals(Light.GREEN, MonitoringLights.indicator(satisfied, record("", "达成"), 6, COMMON).light());
        assertEquals(Light.YELLOW, MonitoringLights.indicator(satisfied, record("", "部分达成"), 6, COMMON).light());
        assertEquals(Light.RED, MonitoringLights.indicator(satisfied, record("", "未达成"), 6, COMMON).light());
        Indicator cost = new Indicator("产出指标", "成本指标", "经费开支", "≤23.2万元");
        assertEquals(Light.GREEN, MonitoringLights.indicator(cost, record("10万元", "23万元"), 6, COMMON).light());
    }

    @Test
    void theProjectTakesItsWorstLightAndNamesTheFirstDeviation() {
        FiscalYear y = new FiscalYear(2022);
        Project p = new Project();
        p.name = "政务督查经费";
        p.indicators.add(checks());
        y.projects.add(p);
        Monitoring m = june("38.17", "19.1");
        m.projectId = p.id;
        IndicatorMonitoring r = m.indicatorOrCreate(p.indicators.get(0).id);
        r.expected = "18次";
        MonitoringStatus s = MonitoringLights.status(m, y, COMMON);
        assertEquals(Light.GREEN, s.executionLight());
        assertEquals(Light.YELLOW, s.light());
        assertTrue(s.mainDeviation().startsWith("检查次数："), s.mainDeviation());
        Indicator satisfied = new Indicator("满意度指标", "服务对象满意度指标", "群众", "满意");
        p.indicators.add(satisfied);
        m.indicatorOrCreate(satisfied.id).expected = "未达成";
        MonitoringStatus red = MonitoringLights.status(m, y, COMMON);
        assertEquals(Light.RED, red.light());
        assertTrue(red.mainDeviation().startsWith("群众："), "the red one explains the red: " + red.mainDeviation());
    }
}
