package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.fields.OverallFields;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Severity;
import cn.jixiao.scoring.ScoreResult;
import cn.jixiao.scoring.ScoringEngine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The stated 总分 equals the funds row's 得分 plus every 三级 row's 得分. */
public final class TotalScore extends BaseCheck {
    public TotalScore() {
        super("TOTAL_SCORE_MISMATCH", Severity.WARNING, "总分与各项得分之和不一致");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        sum(y.overall.selfEvaluation.statedTotalScore, ScoringEngine.scoreFunds(y.overall), y.overall.indicators, y.year).ifPresent(s ->
                out.add(onUnit(y, FieldRef.overall(OverallFields.STATED_TOTAL_SCORE.path()), Names.OVERALL, message(y.overall.selfEvaluation.statedTotalScore, s))));
        for (Project p : y.projects) {
            sum(p.selfEvaluation.statedTotalScore, ScoringEngine.scoreFunds(p.selfEvaluation.funds), p.indicators, y.year).ifPresent(s ->
                    out.add(onProject(y, p, "selfEvaluation.statedTotalScore", message(p.selfEvaluation.statedTotalScore, s))));
        }
        return out;
    }

    private static String message(String stated, BigDecimal sum) {
        return "自评总分填的是" + stated.strip() + "分，资金执行率得分与各三级指标得分合计为" + Numbers.show(sum) + "分。";
    }

    /** The computed total when it differs from the stated one; empty when they agree or a score is missing. */
    private static Optional<BigDecimal> sum(String stated, ScoreResult funds, List<Indicator> rows, int year) {
        Optional<BigDecimal> total = Numbers.plain(stated);
        if (total.isEmpty()) {
            return Optional.empty();
        }
        // each part as the form prints it and the window counts it: stated, typed by hand or computed
        BigDecimal s = funds.awarded().orElse(BigDecimal.ZERO);
        for (Indicator i : rows) {
            if (i.name.isBlank() && i.selfEvaluation.score.isBlank()) {
                continue;
            }
            Optional<BigDecimal> v = ScoringEngine.score(i, year).awarded();
            if (v.isEmpty()) {
                return Optional.empty();
            }
            s = s.add(v.get());
        }
        return Numbers.same(s, total.get()) ? Optional.empty() : Optional.of(s);
    }
}
