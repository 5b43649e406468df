package cn.jixiao.scoring;

import java.math.BigDecimal;

/** 评价等级 of a total score: 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60. */
public enum Grade {
    EXCELLENT("优", 90),
    GOOD("良", 80),
    FAIR("中", 60),
    POOR("差", 0);

    private final String chinese;
    private final int from;

    Grade(String chinese, int from) {
        this.chinese = chinese;
        this.from = from;
    }

    public String chinese() {
        return chinese;
    }

    public static Grade of(BigDecimal total) {
        for (Grade g : values()) {
            if (total.compareTo(BigDecimal.valueOf(g.from)) >= 0) {
                return g;
            }
        }
        return POOR;
    }
}
