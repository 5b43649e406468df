package cn.jixiao.monitoring;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.IndicatorMonitoring;
import cn.jixiao.domain.Likelihood;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.MonitoringRules;
import cn.jixiao.domain.Percent;
import cn.jixiao.scoring.ScoringEngine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 监控亮灯: the lights of a monitoring period, by the rules written in docs/monitoring.md.
 *
 * <ul>
 * <li>Funds: 执行率 (the domain's one, {@link cn.jixiao.domain.FundsExecution#executionRate()})
 *     against 时间进度 X ÷ 12; more than {@link MonitoringRules#executionYellowPoints} points behind
 *     is yellow, more than {@link MonitoringRules#executionRedPoints} red.</li>
 * <li>An indicator: how much of its target the 全年预计完成情况 reaches, read by the scoring rules
 *     (the target parser and the same rule a self-evaluation scores by, out of 100); short by more
 *     than {@link MonitoringRules#targetYellowPoints} points yellow, by more than
 *     {@link MonitoringRules#targetRedPoints} red. Without a 全年预计, the 1–X月完成情况 against the
 *     time progress, by the funds' thresholds. The clerk's 完成目标可能性 can only make it worse:
 *     有可能 at least yellow, 完全不可能 red.</li>
 * <li>The project (or 部门整体): the worst of its lights.</li>
 * </ul>
 */
public final class MonitoringLights {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private MonitoringLights() {
    }

    /** 时间进度: X ÷ 12 as a fraction. */
    public static BigDecimal timeProgress(int month) {
        return BigDecimal.valueOf(month).divide(TWELVE, 6, RoundingMode.HALF_UP);
    }

    /** The period judged against its year's indicators of the same subject. */
    public static MonitoringStatus status(Monitoring m, List<Indicator> indicators, MonitoringRules rules) {
        BigDecimal time = timeProgress(m.month);
        Optional<BigDecimal> rate = m.funds.executionRate();
        Light funds = rate.map(r -> byLag(time.subtract(r), rules.executionYellowPoints, rules.executionRedPoints))
                .orElse(Light.NONE);
        String main = funds.deviating()
                ? "执行率" + Percent.of(rate.get()) + "，落后时间进度" + Percent.of(time) : "";
        Light worst = funds;
        Map<String, IndicatorStatus> byId = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            IndicatorMonitoring im = m.indicator(i.id).orElse(new IndicatorMonitoring(i.id));
            IndicatorStatus s = indicator(i, im, m.month, rules);
            byId.put(i.id, s);
            // the main deviation is the first of the worst light, the one that colours the whole
            if (s.light().deviating() && (main.isEmpty() || s.light().ordinal() > worst.ordinal())) {
                main = i.name + "：" + s.reason();
            }
            worst = worst.worse(s.light());
        }
        return new MonitoringStatus(time, rate, funds, byId, worst, main);
    }

    /** The status of a project's period, or of the 部门整体's, in its year. */
    public static MonitoringStatus status(Monitoring m, FiscalYear year, MonitoringRules rules) {
        return status(m, Monitorings.indicators(year, m), rules);
    }

    /** One indicator's light for the period ending in {@code month}. */
    public static IndicatorStatus indicator(Indicator i, IndicatorMonitoring m, int month, MonitoringRules rules) {
        Optional<BigDecimal> expected = share(i, m.expected);
        // the progress so far decides only without an expectation; scoring is the costly part of a light
        Optional<BigDecimal> soFar = expected.isPresent() ? Optional.empty() : share(i, m.doneSoFar);
        Light light = Light.NONE;
        String reason = "";
        if (expected.isPresent()) {
            BigDecimal shortBy = BigDecimal.ONE.subtract(expected.get());
            light = byLag(shortBy, rules.targetYellowPoints, rules.targetRedPoints);
            reason = light == Light.GREEN ? "全年预计能完成指标值" + i.target.strip()
                    : "全年预计" + m.expected.strip() + "，只达到指标值" + i.target.strip() + "的" + Percent.of(expected.get());
        } else if (soFar.isPresent()) {
            BigDecimal time = timeProgress(month);
            light = byLag(time.subtract(soFar.get()), rules.executionYellowPoints, rules.executionRedPoints);
            reason = "1—" + month + "月完成" + Percent.of(soFar.get()) + "，时间进度" + Percent.of(time);
        }
        if (m.likelihood == Likelihood.IMPOSSIBLE) {
            light = Light.RED;
            reason = "完成目标可能性：" + m.likelihood.chinese();
        } else if (m.likelihood == Likelihood.POSSIBLE && !light.deviating()) {
            light = Light.YELLOW;
            reason = "完成目标可能性：" + m.likelihood.chinese();
        }
        return new IndicatorStatus(soFar, expected, light, reason);
    }

    /**
     * How much of the indicator's target a written completion reaches, 1 = all of it: the scoring
     * rules' score of that completion out of 100, so that quantities, rates, dates, 成本 ceilings
     * and 达成 / 部分达成 read exactly as a self-evaluation reads them.
     */
    static Optional<BigDecimal> share(Indicator i, String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        Indicator probe = new Indicator(i.category, i.subcategory, i.name, i.target);
        probe.comparator = i.comparator;
        probe.unitOfMeasure = i.unitOfMeasure;
        probe.weight = "100";
        probe.selfEvaluation.actual = written;
        BigDecimal score = ScoringEngine.score(probe).score();
        return score == null ? Optional.empty() : Optional.of(score.divide(HUNDRED, 6, RoundingMode.HALF_UP));
    }

    /** Green up to the yellow threshold, yellow up to the red one, red beyond; a lag is a fraction, thresholds are points. */
    static Light byLag(BigDecimal lag, BigDecimal yellowPoints, BigDecimal redPoints) {
        BigDecimal points = lag.multiply(HUNDRED);
        if (points.compareTo(redPoints) > 0) {
            return Light.RED;
        }
        return points.compareTo(yellowPoints) > 0 ? Light.YELLOW : Light.GREEN;
    }
}
