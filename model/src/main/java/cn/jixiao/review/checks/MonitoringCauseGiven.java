package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.IndicatorMonitoring;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Unit;
import cn.jixiao.monitoring.IndicatorStatus;
import cn.jixiao.monitoring.MonitoringStatus;
import cn.jixiao.monitoring.Monitorings;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Severity;

import java.util.List;

/** 运行监控: an indicator whose light is yellow or red needs its 偏差原因 and 纠偏措施. */
public final class MonitoringCauseGiven extends MonitoringCheck {
    public MonitoringCauseGiven() {
        super("MONITORING_CAUSE_MISSING", Severity.ERROR, "运行监控亮黄灯或红灯的指标须填写偏差原因和纠偏措施");
    }

    @Override
    void check(Unit unit, FiscalYear y, Monitoring m, List<Finding> out) {
        MonitoringStatus status = status(unit, y, m);
        for (Indicator i : Monitorings.indicators(y, m)) {
            IndicatorStatus s = status.indicator(i.id);
            if (!s.light().deviating()) {
                continue;
            }
            IndicatorMonitoring im = m.indicator(i.id).orElse(new IndicatorMonitoring(i.id));
            String lamp = "亮" + s.light().chinese() + "（" + s.reason() + "）";
            if (!im.causeGiven()) {
                out.add(onRecord(y, m, i, "deviationKinds", lamp + "，请填写偏差原因。"));
            }
            if (im.correctiveAction.isBlank()) {
                out.add(onRecord(y, m, i, "correctiveAction", lamp + "，请填写纠偏措施。"));
            }
        }
    }
}
