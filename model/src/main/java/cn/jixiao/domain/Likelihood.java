package cn.jixiao.domain;

import java.util.Arrays;
import java.util.Optional;

/** 完成目标可能性: the clerk's own judgement of the year-end target. */
public enum Likelihood {
    CERTAIN("确定能"),
    POSSIBLE("有可能"),
    IMPOSSIBLE("完全不可能");

    private final String chinese;

    Likelihood(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public static Optional<Likelihood> of(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(k -> k.chinese.equals(t) || k.name().equalsIgnoreCase(t)).findFirst();
    }
}
