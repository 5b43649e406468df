package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormKind;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.PageSetup;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.documents.Table;
import cn.jixiao.documents.Table.Cell;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Percent;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.monitoring.MonitoringLights;
import cn.jixiao.monitoring.MonitoringStatus;

import java.util.List;

/**
 * 绩效运行监控汇总表: one row per project of the year (the given ones): 调整后预算数, 1—X月执行数,
 * 执行率, 时间进度, the funds' and the project's lights, and the main deviation. A project not
 * monitored in the period prints its name and budget with blank figures.
 */
public final class MonitoringSummary extends MonitoringLayout {
    /** Millimetres on A4 landscape: 序号, 项目名称, 调整后预算数, 执行数, 执行率, 时间进度, 资金监控, 项目监控, 主要偏差. */
    static final double[] COLUMNS_MM = {12, 62, 24, 24, 20, 20, 18, 18, 69};

    @Override
    public FormKind form() {
        return FormKind.MONITORING_SUMMARY;
    }

    @Override
    public String title() {
        return "绩效运行监控汇总表";
    }

    @Override
    public boolean perProject() {
        return false;
    }

    @Override
    public List<FormDocument> render(Unit unit, FiscalYear year, List<Project> projects, int month) {
        Unit u = unit == null ? new Unit() : unit;
        FiscalYear y = year == null ? new FiscalYear() : year;
        int shown = month > 0 ? month : y.monitorings.stream().mapToInt(m -> m.month).max().orElse(USUAL_MONTH);
        FormDocument doc = new FormDocument(title(), PageSetup.A4_LANDSCAPE);
        doc.add(Paragraph.title(title()));
        doc.add(Paragraph.body("填报单位：（盖章）" + Text.of(u.name) + "\t" + periodLine(y, shown) + "\t单位：万元"));
        Table t = new Table(COLUMNS_MM);
        t.headerRows(1);
        t.row(Cell.label("序号"), Cell.label("项目名称"), Cell.label("调整后预算数"), Cell.label("1—" + shown + "月执行数"),
                Cell.label("执行率"), Cell.label("时间进度"), Cell.label("资金监控"), Cell.label("项目监控"), Cell.label("主要偏差"));
        int n = 0;
        for (Project p : projects == null ? List.<Project>of() : projects) {
            if (p == null) {
                continue;
            }
            Monitoring m = y.monitoring(p.id, shown).orElseGet(() -> {
                Monitoring blank = new Monitoring(p.id, shown);
                blank.funds.adjustedBudget = p.budget();
                return blank;
            });
            MonitoringStatus s = MonitoringLights.status(m, p.indicators, u.monitoringRules());
            t.row(Cell.center(String.valueOf(++n)), Cell.of(Text.of(p.name)), Cell.amount(Text.of(m.funds.adjustedBudget)),
                    Cell.amount(Text.of(m.funds.executed)), Cell.center(rate(s, m.funds.statedExecutionRate)),
                    Cell.center(Percent.of(s.timeProgress())), Cell.center(light(s.executionLight())),
                    Cell.center(light(s.light())), Cell.of(s.mainDeviation()));
        }
        doc.add(t);
        doc.add(Paragraph.body("填表人：\t填报日期：\t联系电话：\t单位负责人签字："));
        return List.of(doc);
    }
}
