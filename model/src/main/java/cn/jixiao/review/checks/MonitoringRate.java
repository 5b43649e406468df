package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Severity;

import java.util.List;

/** 运行监控: the stated 执行率 against 1–X月执行数 ÷ 调整后预算数, compared as {@link ExecutionRate} compares. */
public final class MonitoringRate extends MonitoringCheck {
    public MonitoringRate() {
        super("MONITORING_RATE_MISMATCH", Severity.WARNING, "运行监控填写的执行率与1—X月执行数÷调整后预算数不一致");
    }

    @Override
    void check(Unit unit, FiscalYear y, Monitoring m, List<Finding> out) {
        String stated = m.funds.statedExecutionRate;
        ExecutionRate.mismatch(stated, m.funds.executionRate()).ifPresent(computed -> out.add(onPeriod(y, m,
                "funds.statedExecutionRate", "执行率填的是“" + stated.strip() + "”，按1—" + m.month + "月执行数"
                        + m.funds.executed.text() + "万元÷调整后预算数" + m.funds.rateBase().text() + "万元计算应为" + computed + "。")));
    }
}
