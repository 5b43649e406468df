package cn.jixiao.fields;

import cn.jixiao.domain.DeviationKind;
import cn.jixiao.domain.IndicatorMonitoring;
import cn.jixiao.domain.Likelihood;
import cn.jixiao.domain.Monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static cn.jixiao.domain.Stage.MONITORING;
import static cn.jixiao.fields.FieldKind.CHOICE;
import static cn.jixiao.fields.FieldKind.LONG_TEXT;
import static cn.jixiao.fields.FieldKind.RATE;
import static cn.jixiao.fields.FieldKind.TEXT;

/** 绩效运行监控: a period's funds and each indicator's record in it. */
public final class MonitoringFields {
    private MonitoringFields() {
    }

    private static Field<Monitoring> amount(String path, String label, Function<Monitoring, cn.jixiao.domain.Amount> get,
                                            java.util.function.BiConsumer<Monitoring, cn.jixiao.domain.Amount> set) {
        return Field.amount(Owner.MONITORING, Monitoring.class, path, label, MONITORING, get, set);
    }

    public static final Field<Monitoring> INITIAL_BUDGET = amount("funds.initialBudget", "年初预算数",
            m -> m.funds.initialBudget, (m, v) -> m.funds.initialBudget = v);
    public static final Field<Monitoring> ADJUSTED_BUDGET = amount("funds.adjustedBudget", "调整后预算数",
            m -> m.funds.adjustedBudget, (m, v) -> m.funds.adjustedBudget = v);
    public static final Field<Monitoring> EXECUTED = amount("funds.executed", "1–X月执行数",
            m -> m.funds.executed, (m, v) -> m.funds.executed = v);
    public static final Field<Monitoring> STATED_EXECUTION_RATE = Field.text(Owner.MONITORING, Monitoring.class,
            "funds.statedExecutionRate", "执行率", MONITORING, RATE, m -> m.funds.statedExecutionRate,
            (m, v) -> m.funds.statedExecutionRate = v);
    public static final Field<Monitoring> EXPECTED_EXECUTED = amount("expectedExecuted", "全年预计执行数",
            m -> m.expectedExecuted, (m, v) -> m.expectedExecuted = v);
    public static final Field<Monitoring> PREPARER = Field.text(Owner.MONITORING, Monitoring.class, "signature.preparer", "填表人",
            MONITORING, TEXT, m -> m.signature.preparer, (m, v) -> m.signature.preparer = v);
    public static final Field<Monitoring> PHONE = Field.text(Owner.MONITORING, Monitoring.class, "signature.phone", "联系电话",
            MONITORING, TEXT, m -> m.signature.phone, (m, v) -> m.signature.phone = v);
    public static final Field<Monitoring> DATE = Field.text(Owner.MONITORING, Monitoring.class, "signature.date", "填报日期",
            MONITORING, TEXT, m -> m.signature.date, (m, v) -> m.signature.date = v);
    public static final Field<Monitoring> HEAD = Field.text(Owner.MONITORING, Monitoring.class, "signature.head", "单位负责人",
            MONITORING, TEXT, m -> m.signature.head, (m, v) -> m.signature.head = v);

    private static Field<IndicatorMonitoring> record(String path, String label, FieldKind kind,
                                                     Function<IndicatorMonitoring, String> get,
                                                     java.util.function.BiConsumer<IndicatorMonitoring, String> set) {
        return Field.text(Owner.INDICATOR_MONITORING, IndicatorMonitoring.class, path, label, MONITORING, kind, get, set);
    }

    public static final Field<IndicatorMonitoring> DONE_SO_FAR = record("doneSoFar", "1–X月完成情况", TEXT,
            r -> r.doneSoFar, (r, v) -> r.doneSoFar = v);
    public static final Field<IndicatorMonitoring> EXPECTED = record("expected", "全年预计完成情况", TEXT,
            r -> r.expected, (r, v) -> r.expected = v);
    /** The kinds ticked, one a line, by their Chinese names. */
    public static final Field<IndicatorMonitoring> DEVIATION_KINDS = record("deviationKinds", "偏差原因类别", FieldKind.LINES,
            r -> String.join("\n", r.deviationKinds.stream().map(DeviationKind::chinese).toList()),
            (r, v) -> r.deviationKinds = new ArrayList<>(v.isEmpty() ? List.of()
                    : Arrays.stream(v.split("\n")).map(DeviationKind::of).flatMap(java.util.Optional::stream).toList()));
    public static final Field<IndicatorMonitoring> DEVIATION_TEXT = record("deviationText", "偏差原因说明", LONG_TEXT,
            r -> r.deviationText, (r, v) -> r.deviationText = v);
    public static final Field<IndicatorMonitoring> LIKELIHOOD = record("likelihood", "完成目标可能性", CHOICE,
            r -> r.likelihood == null ? "" : r.likelihood.chinese(), (r, v) -> r.likelihood = Likelihood.of(v).orElse(null));
    public static final Field<IndicatorMonitoring> CORRECTIVE_ACTION = record("correctiveAction", "纠偏措施", LONG_TEXT,
            r -> r.correctiveAction, (r, v) -> r.correctiveAction = v);
}
