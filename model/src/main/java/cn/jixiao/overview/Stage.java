package cn.jixiao.overview;

/** How far a project has come in its year: 申报, 监控 or 自评 (the latest stage started). */
public enum Stage {
    DECLARATION("申报"),
    MONITORING("监控"),
    SELF_EVALUATION("自评");

    private final String chinese;

    Stage(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
