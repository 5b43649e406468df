package cn.jixiao.monitoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One 三级 indicator in a monitoring period, as the rules judge it.
 *
 * @param soFar    1–X月完成情况 as a share of the year's target (0.45 = 45%), if readable and no 全年预计 is
 * @param expected 全年预计完成情况 as a share of the target (1 = reached), if readable
 * @param light    the indicator's light
 * @param reason   why the light is what it is, in Chinese, for the editor and the form
 */
public record IndicatorStatus(Optional<BigDecimal> soFar, Optional<BigDecimal> expected, Light light, String reason) {
}
