package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.monitoring.MonitoringLights;
import cn.jixiao.monitoring.MonitoringStatus;
import cn.jixiao.monitoring.Monitorings;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A check of the 绩效运行监控 records of a year: each period of each project and of the 部门整体,
 * with its lights. Findings point at {@code monitoring[X].…}, X the period's last month, under
 * the project (or the 部门整体); the message names the period ('截至6月的运行监控').
 */
abstract class MonitoringCheck extends BaseCheck {
    MonitoringCheck(String code, Severity severity, String description) {
        super(code, severity, description);
    }

    @Override
    public final List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Monitoring m : Monitorings.live(y)) {
            check(unit, y, m, out);
        }
        return out;
    }

    /** The findings of one period; {@link #status} judges its lights when the check needs them (they cost the most). */
    abstract void check(Unit unit, FiscalYear y, Monitoring m, List<Finding> out);

    static MonitoringStatus status(Unit unit, FiscalYear y, Monitoring m) {
        return MonitoringLights.status(m, y, unit.monitoringRules());
    }

    /** A finding on a field of the period itself ('funds.statedExecutionRate', 'expectedExecuted'). */
    Finding onPeriod(FiscalYear y, Monitoring m, String field, String message) {
        String path = "monitoring[" + m.month + "]." + field;
        Optional<Project> p = Monitorings.project(y, m);
        String text = period(m) + message;
        return p.isPresent() ? onProject(y, p.get(), path, text) : onUnit(y, FieldRef.overall(path), Names.OVERALL, text);
    }

    /** A finding on an indicator's record in the period. */
    Finding onRecord(FiscalYear y, Monitoring m, Indicator i, String field, String message) {
        return onIndicator(y, Monitorings.project(y, m).orElse(null), i, "monitoring[" + m.month + "]." + field,
                period(m) + Names.indicator(i) + message);
    }

    /** '截至6月的运行监控：'. */
    static String period(Monitoring m) {
        return "截至" + m.month + "月的运行监控，";
    }
}
