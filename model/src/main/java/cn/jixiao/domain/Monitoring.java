package cn.jixiao.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * 绩效运行监控: one monitoring period (截至 X 月) of one project, or of the 部门整体, in its year.
 * A stage of its own beside the declaration and the self-evaluation, of the same shape for a
 * project and for the 部门整体: the funds as executed so far and, per 三级 indicator of the
 * declaration, how far it has come. Several periods of one year (1–6月, 1–10月) are each one
 * record; nothing of the declaration is copied into it except the 年初预算数 it starts from.
 */
public class Monitoring implements StageRecord {
    public String id = UUID.randomUUID().toString();
    /** {@link Project#id} of the project monitored; empty for the 部门整体. */
    public String projectId = "";
    /** 截至 X 月: the last month of the period, 1–12. */
    public int month;
    /**
     * The funds block: 年初预算数 ({@code initialBudget}), 调整后预算数 ({@code adjustedBudget}),
     * 1–X月执行数 ({@code executed}) and the 执行率 as stated; the same block the self-evaluation
     * fills, so that 执行率 has one rule ({@link FundsExecution#executionRate()}).
     */
    public FundsExecution funds = new FundsExecution();
    /** 全年预计执行数. */
    public Amount expectedExecuted = Amount.EMPTY;
    /** One record per 三级 indicator monitored, keyed by the indicator's id. */
    public List<IndicatorMonitoring> indicators = new ArrayList<>();
    /** 填表人 / 填报日期 / 联系电话 / 单位负责人 of the monitoring form. */
    public Signature signature = new Signature();

    public Monitoring() {
    }

    public Monitoring(String projectId, int month) {
        this.projectId = projectId == null ? "" : projectId;
        this.month = month;
    }

    /** True for the 部门整体's monitoring. */
    public boolean overall() {
        return projectId.isEmpty();
    }

    /** The record of an indicator, if the period has one. */
    public Optional<IndicatorMonitoring> indicator(String indicatorId) {
        return indicators.stream().filter(m -> m.indicatorId.equals(indicatorId)).findFirst();
    }

    /** The record of an indicator, made empty when the period has none yet (an indicator added after the start). */
    public IndicatorMonitoring indicatorOrCreate(String indicatorId) {
        return indicator(indicatorId).orElseGet(() -> {
            IndicatorMonitoring m = new IndicatorMonitoring(indicatorId);
            indicators.add(m);
            return m;
        });
    }

    @Override
    public Stage stage() {
        return Stage.MONITORING;
    }
}
