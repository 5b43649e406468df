package cn.jixiao.monitoring;

/** 监控灯: green on course, yellow deviating, red likely to miss; NONE while nothing is filled to judge by. */
public enum Light {
    NONE("未判断", "—"),
    GREEN("绿灯", "正常"),
    YELLOW("黄灯", "偏离"),
    RED("红灯", "可能无法完成");

    private final String chinese;
    private final String meaning;

    Light(String chinese, String meaning) {
        this.chinese = chinese;
        this.meaning = meaning;
    }

    /** '绿灯'. */
    public String chinese() {
        return chinese;
    }

    /** What the light says: '正常', '偏离', '可能无法完成'. */
    public String meaning() {
        return meaning;
    }

    /** The worse of two lights (RED over YELLOW over GREEN over NONE). */
    public Light worse(Light other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** True for yellow and red: the clerk owes a 偏差原因 and 纠偏措施. */
    public boolean deviating() {
        return this == YELLOW || this == RED;
    }
}
