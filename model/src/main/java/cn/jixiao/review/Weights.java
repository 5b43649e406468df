package cn.jixiao.review;

import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.scoring.ScoringEngine;

import java.math.BigDecimal;
import java.util.Optional;

/** The 分值 of rows: as written in the 分值 column, else as the written scoring rule states it (002). */
public final class Weights {
    private Weights() {
    }

    public static Optional<BigDecimal> of(Indicator i) {
        return Numbers.plain(i.weight).or(() -> Numbers.ruleWeight(i.scoringRule));
    }

    /** The funds row's 分值 as scoring reads it ({@link ScoringEngine#fundsWeight}): as written, else the customary 10. */
    public static BigDecimal fundsRow(Project p) {
        return ScoringEngine.fundsWeight(p == null ? "" : p.selfEvaluation.funds.weight);
    }
}
