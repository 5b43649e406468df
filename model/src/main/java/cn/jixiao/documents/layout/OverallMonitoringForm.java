package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormKind;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;

import java.util.List;

/**
 * 部门整体支出绩效运行监控表: the same sheet as a project's ({@link ProjectMonitoringForm}), for
 * the 部门整体's budget and indicator tree, where a bureau asks for it.
 */
public final class OverallMonitoringForm extends MonitoringLayout {
    @Override
    public FormKind form() {
        return FormKind.OVERALL_MONITORING;
    }

    @Override
    public String title() {
        return "部门整体支出绩效运行监控表";
    }

    @Override
    public boolean perProject() {
        return false;
    }

    @Override
    public List<FormDocument> render(Unit unit, FiscalYear year, List<Project> projects, int month) {
        Unit u = unit == null ? new Unit() : unit;
        FiscalYear y = year == null ? new FiscalYear() : year;
        UnitOverall o = y.overall;
        String name = Text.first(o.budgetUnit, u.name);
        ProjectMonitoringForm.Subject subject = new ProjectMonitoringForm.Subject("预算单位", name,
                Text.of(u.supervisingDepartment), name, Text.of(u.head), String.join("\n", o.goals), o.indicators,
                u.frameworkOf(y, null));
        return List.of(ProjectMonitoringForm.sheet(title(), name, u, y, subject, period(y, "", month)));
    }
}
