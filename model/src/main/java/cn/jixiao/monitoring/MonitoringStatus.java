package cn.jixiao.monitoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A monitoring period as the rules judge it.
 *
 * @param timeProgress   时间进度 (X ÷ 12) as a fraction
 * @param executionRate  执行率 (1–X月执行数 ÷ 调整后预算数) as a fraction, if computable
 * @param executionLight the light of the funds
 * @param indicators     each monitored indicator's status by indicator id, in the subject's order
 * @param light          the worst light of funds and indicators
 * @param mainDeviation  the first deviation in words, for the 汇总表's 主要偏差 column; empty when on course
 */
public record MonitoringStatus(BigDecimal timeProgress, Optional<BigDecimal> executionRate, Light executionLight,
                               Map<String, IndicatorStatus> indicators, Light light, String mainDeviation) {
    public IndicatorStatus indicator(String indicatorId) {
        return indicators.getOrDefault(indicatorId, new IndicatorStatus(Optional.empty(), Optional.empty(), Light.NONE, ""));
    }
}
