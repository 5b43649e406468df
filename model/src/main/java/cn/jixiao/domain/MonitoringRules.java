package cn.jixiao.domain;

import java.math.BigDecimal;

/**
 * 监控亮灯规则: the thresholds of the green / yellow / red lights, settable per unit because
 * bureaus differ (docs/monitoring.md). Points are percentage points; a light changes only when
 * the lag is MORE than the threshold, so exactly 10 points behind is still green.
 */
public class MonitoringRules {
    /** 执行率 more than this many points behind the time progress (X ÷ 12): yellow. */
    public BigDecimal executionYellowPoints = BigDecimal.valueOf(10);
    /** 执行率 more than this many points behind the time progress: red. */
    public BigDecimal executionRedPoints = BigDecimal.valueOf(20);
    /** 全年预计 short of the target by more than this many points of completion: yellow. */
    public BigDecimal targetYellowPoints = BigDecimal.ZERO;
    /** 全年预计 short of the target by more than this many points of completion: red. */
    public BigDecimal targetRedPoints = BigDecimal.valueOf(20);
}
