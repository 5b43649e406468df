package cn.jixiao.domain;

/**
 * 阶段: the stages of a budget year's performance paperwork, in their order. The declaration's
 * fields sit on the project (or indicator, or 部门整体) itself; each later stage is its own
 * object ({@link StageRecord}) that says which stage it is.
 */
public enum Stage {
    /** 申报: the targets, budget and indicators declared before the year. */
    DECLARATION("申报"),
    /** 监控: 绩效运行监控 during the year ({@link Monitoring}, {@link IndicatorMonitoring}). */
    MONITORING("监控"),
    /** 自评: the self-evaluation after the year ({@link SelfEvaluation}, {@link IndicatorSelfEvaluation}). */
    SELF_EVALUATION("自评");

    private final String chinese;

    Stage(String chinese) {
        this.chinese = chinese;
    }

    /** The stage as the clerk reads it: 申报, 监控, 自评. */
    public String chinese() {
        return chinese;
    }
}
