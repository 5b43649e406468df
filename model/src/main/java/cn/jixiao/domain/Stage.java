package cn.jixiao.domain;

/** 阶段: the stages of a year's paperwork, in the order they come. */
public enum Stage {
    /** 目标申报, before the budget year. */
    DECLARATION("申报"),
    /** 绩效运行监控, during the year. */
    MONITORING("监控"),
    /** 绩效自评, after the year. */
    SELF_EVALUATION("自评");

    private final String chinese;

    Stage(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
