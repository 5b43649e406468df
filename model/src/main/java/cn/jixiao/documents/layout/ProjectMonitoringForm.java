package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormKind;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.PageSetup;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.documents.Table;
import cn.jixiao.documents.Table.Cell;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Framework;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.IndicatorMonitoring;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Percent;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.monitoring.IndicatorStatus;
import cn.jixiao.monitoring.MonitoringLights;
import cn.jixiao.monitoring.MonitoringStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 项目支出绩效运行监控表 (one per project), as the common provincial template lays it out: the
 * funds with 执行率 against 时间进度 and 全年预计执行数, then per 三级 indicator 1—X月完成情况,
 * 全年预计完成情况, the light, 偏差原因, 完成目标可能性 and 纠偏措施. Lights and rates come from
 * {@link MonitoringLights}; a stated 执行率 prints as stated.
 */
public final class ProjectMonitoringForm extends MonitoringLayout {
    /** Millimetres on A4 landscape (267 mm): 一级, 二级, 三级, 指标值, 1—X月, 全年预计, 监控结果, 偏差原因, 可能性, 纠偏措施. */
    static final double[] COLUMNS_MM = {20, 22, 30, 26, 24, 24, 18, 38, 21, 44};

    @Override
    public FormKind form() {
        return FormKind.MONITORING;
    }

    @Override
    public String title() {
        return "项目支出绩效运行监控表";
    }

    @Override
    public boolean perProject() {
        return true;
    }

    @Override
    public List<FormDocument> render(Unit unit, FiscalYear year, List<Project> projects, int month) {
        Unit u = unit == null ? new Unit() : unit;
        FiscalYear y = year == null ? new FiscalYear() : year;
        List<FormDocument> out = new ArrayList<>();
        for (Project p : projects == null ? List.<Project>of() : projects) {
            if (p != null) {
                out.add(render(u, y, p, period(y, p.id, month)));
            }
        }
        return out;
    }

    private FormDocument render(Unit unit, FiscalYear year, Project p, Monitoring m) {
        return sheet(title(), Text.of(p.name), unit, year, new Subject("项目名称", Text.of(p.name),
                Text.first(p.supervisingDepartment, unit.supervisingDepartment), Text.of(p.implementingUnit),
                Text.of(p.manager), Text.of(p.annualGoal), p.indicators, IndicatorRows.framework(unit, year, p)), m);
    }

    /** What a monitoring form is about: a project, or the 部门整体. */
    record Subject(String nameLabel, String name, String department, String implementing, String manager, String goal,
                   List<Indicator> indicators, Optional<Framework> framework) {
    }

    /** The form of one subject for one period; the 部门整体 form is the same sheet. */
    static FormDocument sheet(String title, String documentSuffix, Unit unit, FiscalYear year, Subject subject, Monitoring m) {
        MonitoringStatus s = MonitoringLights.status(m, subject.indicators(), unit.monitoringRules());
        FormDocument doc = new FormDocument(title + "-" + documentSuffix, PageSetup.A4_LANDSCAPE);
        doc.add(Paragraph.title(title));
        doc.add(Paragraph.body("填报单位：（盖章）" + Text.of(unit.name) + "\t" + periodLine(year, m.month) + "\t单位：万元"));

        Table t = new Table(COLUMNS_MM);
        t.row(Cell.label(subject.nameLabel()).span(2), Cell.of(subject.name()).span(4),
                Cell.label("主管部门"), Cell.of(subject.department()).span(3));
        t.row(Cell.label("实施单位").span(2), Cell.of(subject.implementing()).span(4),
                Cell.label("负责人"), Cell.of(subject.manager()).span(3));
        FundsExecution f = m.funds;
        t.row(Cell.label("资金情况").span(2).rows(4), Cell.label(""), Cell.label("年初预算数"), Cell.label("调整后预算数"),
                Cell.label("1—" + m.month + "月执行数"), Cell.label("执行率"), Cell.label("时间进度"), Cell.label("全年预计执行数"),
                Cell.label("监控结果"));
        t.row(Cell.of("年度资金总额"), Cell.amount(Text.of(f.initialBudget)), Cell.amount(Text.of(f.adjustedBudget)),
                Cell.amount(Text.of(f.executed)), Cell.center(rate(s, f.statedExecutionRate)),
                Cell.center(Percent.of(s.timeProgress())), Cell.amount(Text.of(m.expectedExecuted)),
                Cell.center(light(s.executionLight())));
        t.row(partRow("其中：财政拨款", f.fiscalInitial, f.fiscalAdjusted, f.fiscalExecuted));
        t.row(partRow("其他资金", f.otherInitial, f.otherAdjusted, f.otherExecuted));
        t.row(Cell.label("年度绩效目标").span(2), Cell.of(subject.goal()).span(8)).minHeightMm(12);

        List<IndicatorTree.Block> blocks = subject.indicators().isEmpty()
                ? IndicatorTree.arrange(subject.framework(), List.of())
                : IndicatorTree.arrange(Optional.empty(), subject.indicators());
        t.row(Cell.label("一级指标"), Cell.label("二级指标"), Cell.label("三级指标"), Cell.label("年度指标值"),
                Cell.label("1—" + m.month + "月完成情况"), Cell.label("全年预计完成情况"), Cell.label("监控结果"),
                Cell.label("偏差原因"), Cell.label("完成目标可能性"), Cell.label("纠偏措施"));
        for (List<Cell> row : IndicatorRows.rows(IndicatorRows.Whose.NOBODY, blocks, Text::of, i -> monitored(i, m, s), 8)) {
            t.row(row.toArray(Cell[]::new));
        }
        t.row(Cell.label("总体监控结果").span(2), Cell.center(light(s.light())),
                Cell.of(Text.of(s.mainDeviation())).span(7));
        doc.add(t);
        doc.add(Paragraph.body(HengyangSelfEvaluation2022.signLine(m.signature)));
        return doc;
    }

    /** The eight value cells of a monitored 三级. */
    static List<Cell> monitored(Indicator i, Monitoring m, MonitoringStatus s) {
        IndicatorMonitoring r = m.indicator(i.id).orElse(new IndicatorMonitoring(i.id));
        IndicatorStatus st = s.indicator(i.id);
        return List.of(Cell.of(Text.of(i.name)), Cell.center(Text.of(i.target)), Cell.center(Text.of(r.doneSoFar)),
                Cell.center(Text.of(r.expected)), Cell.center(light(st.light())), Cell.of(r.causeText()),
                Cell.center(r.likelihood == null ? "" : r.likelihood.chinese()), Cell.of(Text.of(r.correctiveAction)));
    }

    private static Cell[] partRow(String label, Amount initial, Amount adjusted, Amount executed) {
        return new Cell[] {Cell.of(label), Cell.amount(Text.of(initial)), Cell.amount(Text.of(adjusted)),
                Cell.amount(Text.of(executed)), Cell.of(""), Cell.of(""), Cell.of(""), Cell.of("")};
    }
}
