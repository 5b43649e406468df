package cn.jixiao.scoring;

import cn.jixiao.target.TextFold;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * 定性指标评价档次 (财预〔2020〕10号): each tier is a band of the 分值. Without further
 * instruction a tier scores the top of its band.
 */
public enum Tier {
    ACHIEVED("达成", "达成年度指标", 80, 100),
    PARTLY("部分达成", "部分达成并具有一定效果", 60, 80),
    NOT_ACHIEVED("未达成", "未达成且效果较差", 0, 60);

    private final String chinese;
    private final String fullName;
    private final int lowPercent;
    private final int highPercent;

    Tier(String chinese, String fullName, int lowPercent, int highPercent) {
        this.chinese = chinese;
        this.fullName = fullName;
        this.lowPercent = lowPercent;
        this.highPercent = highPercent;
    }

    public String chinese() {
        return chinese;
    }

    public String fullName() {
        return fullName;
    }

    /** Share of the 分值 at the top of the band (1.00, 0.80, 0.60). */
    public BigDecimal topShare() {
        return BigDecimal.valueOf(highPercent, 2);
    }

    public BigDecimal bottomShare() {
        return BigDecimal.valueOf(lowPercent, 2);
    }

    /** '达成' … '未达成' or the long names; empty for anything else. */
    public static Optional<Tier> of(String text) {
        String t = TextFold.fold(text);
        for (Tier tier : values()) {
            if (t.equals(tier.chinese) || t.equals(tier.fullName)) {
                return Optional.of(tier);
            }
        }
        return Optional.empty();
    }

    /** The band a completion rate (fraction) falls in: ≥80% 达成, 60–80% 部分达成, below 未达成. */
    public static Tier ofRate(BigDecimal fraction) {
        if (fraction.compareTo(ACHIEVED.bottomShare()) >= 0) {
            return ACHIEVED;
        }
        return fraction.compareTo(PARTLY.bottomShare()) >= 0 ? PARTLY : NOT_ACHIEVED;
    }
}
