package cn.jixiao.target;

/** What a 指标值 measures: a number with a unit, a deadline, or a judgement in words. */
public enum TargetKind {
    QUANTITATIVE("quantitative", "定量"),
    DATE("date", "时间"),
    QUALITATIVE("qualitative", "定性");

    private final String code;
    private final String chinese;

    TargetKind(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    /** Lower-case name used in JSON output. */
    public String code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }
}
