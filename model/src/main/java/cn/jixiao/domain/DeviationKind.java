package cn.jixiao.domain;

import java.util.Arrays;
import java.util.Optional;

/** 偏差原因 kinds the monitoring form ticks. */
public enum DeviationKind {
    FUNDING("经费保障"),
    RULES("制度保障"),
    STAFF("人员保障"),
    EQUIPMENT("硬件条件保障"),
    OTHER("其他");

    private final String chinese;

    DeviationKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public static Optional<DeviationKind> of(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(k -> k.chinese.equals(t) || k.name().equalsIgnoreCase(t)).findFirst();
    }
}
