package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Severity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** 运行监控: 全年预计执行数 cannot be more than the 调整后预算数. */
public final class MonitoringExpectedWithinBudget extends MonitoringCheck {
    public MonitoringExpectedWithinBudget() {
        super("MONITORING_EXPECTED_OVER_BUDGET", Severity.ERROR, "运行监控的全年预计执行数不应超过调整后预算数");
    }

    @Override
    void check(Unit unit, FiscalYear y, Monitoring m, List<Finding> out) {
        Optional<BigDecimal> expected = m.expectedExecuted.value();
        Optional<BigDecimal> budget = m.funds.adjustedBudget.value();
        if (expected.isPresent() && budget.isPresent() && expected.get().compareTo(budget.get()) > 0) {
            out.add(onPeriod(y, m, "expectedExecuted", "全年预计执行数" + m.expectedExecuted.text()
                    + "万元超过调整后预算数" + m.funds.adjustedBudget.text() + "万元，请核实或先调整预算。"));
        }
    }
}
