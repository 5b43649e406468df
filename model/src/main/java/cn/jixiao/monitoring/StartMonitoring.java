package cn.jixiao.monitoring;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.IndicatorMonitoring;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Project;
import cn.jixiao.editing.Edit;
import cn.jixiao.store.UnitFile;

import java.util.List;

/**
 * 开始监控: a new monitoring period (截至 X 月) of a project, or of the 部门整体, taking the
 * declaration's targets (by reference: the indicator rows are the declaration's) and funds: the
 * 年初预算数 is the declared 资金总额, the 调整后预算数 starts as the same, or as an earlier
 * period's of the year when the budget was adjusted since. One edit: saved at once, undone as one.
 */
public final class StartMonitoring implements Edit {
    private final FiscalYear year;
    private final Monitoring monitoring;

    private StartMonitoring(FiscalYear year, Monitoring monitoring) {
        this.year = year;
        this.monitoring = monitoring;
    }

    /** The monitoring of a project to the end of {@code month}; refused when that period exists. */
    public static StartMonitoring of(FiscalYear year, Project project, int month) {
        return start(year, project.id, project.name, project.budget(), project.indicators, month);
    }

    /** The monitoring of the year's 部门整体 to the end of {@code month}. */
    public static StartMonitoring overall(FiscalYear year, int month) {
        return start(year, "", Monitorings.OVERALL_NAME, year.overall.budget(), year.overall.indicators, month);
    }

    private static StartMonitoring start(FiscalYear year, String projectId, String name, Amount budget,
                                         List<Indicator> indicators, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("监控期应截至 1—12 月中的某月，而不是 " + month + " 月");
        }
        if (year.monitoring(projectId, month).isPresent()) {
            throw new IllegalStateException("“" + name + "”截至" + month + "月的绩效运行监控已经开始");
        }
        Monitoring m = new Monitoring(projectId, month);
        m.funds.initialBudget = budget;
        m.funds.adjustedBudget = year.latestMonitoring(projectId).map(e -> e.funds.adjustedBudget)
                .filter(a -> !a.isEmpty()).orElse(budget);
        for (Indicator i : indicators) {
            m.indicators.add(new IndicatorMonitoring(i.id));
        }
        return new StartMonitoring(year, m);
    }

    /** The record this edit adds. */
    public Monitoring monitoring() {
        return monitoring;
    }

    @Override
    public String description() {
        return "开始监控";
    }

    @Override
    public void apply(UnitFile file) {
        year.monitorings.add(monitoring);
        file.saveMonitoring(year.year, monitoring);
    }

    @Override
    public void revert(UnitFile file) {
        year.monitorings.remove(monitoring);
        file.deleteMonitoring(monitoring.id);
    }
}
