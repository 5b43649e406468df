package cn.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * 总分 of a self-evaluation: each indicator in printed order, the funds row, their sum and grade.
 *
 * @param indicators one result per indicator, same order as the project's list
 * @param funds      the funds row (资金执行率 × 分值)
 * @param total      sum of every part's {@link ScoreResult#awarded()} score, scale 2; null unless every part has one
 * @param stated     总分 printed on the form; null when none
 */
public record ProjectScore(List<ScoreResult> indicators, ScoreResult funds, BigDecimal total, BigDecimal stated) {

    public ProjectScore {
        indicators = List.copyOf(indicators);
    }

    public Optional<BigDecimal> totalIfAny() {
        return Optional.ofNullable(total);
    }

    /** 评价等级 of the total; empty while a part is missing. */
    public Optional<Grade> grade() {
        return totalIfAny().map(Grade::of);
    }

    /** Sum of what could be scored, for showing progress while parts are missing. */
    public BigDecimal partialTotal() {
        BigDecimal sum = funds.awarded().orElse(BigDecimal.ZERO);
        for (ScoreResult r : indicators) {
            sum = sum.add(r.awarded().orElse(BigDecimal.ZERO));
        }
        return sum.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** Sum of the 分值 of the indicators and the funds row; 100 on a well-formed form. */
    public BigDecimal weightSum() {
        BigDecimal sum = funds.weight() == null ? BigDecimal.ZERO : funds.weight();
        for (ScoreResult r : indicators) {
            sum = sum.add(r.weight() == null ? BigDecimal.ZERO : r.weight());
        }
        return sum;
    }

    public boolean differsFromStated() {
        return total != null && stated != null && total.compareTo(stated) != 0;
    }
}
