package cn.jixiao.review;

/** How much a finding matters before the forms go to the finance bureau. */
public enum Severity {
    /** 错误: the bureau sends the form back; `jixiao review` exits 1 while one remains. */
    ERROR("错误"),
    /** 警告: very likely wrong, the clerk should look. */
    WARNING("警告"),
    /** 提示: allowed, but a reviewer may ask about it. */
    HINT("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
