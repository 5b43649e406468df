package cn.jixiao.review.checks;

import cn.jixiao.fields.OverallFields;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Percent;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Severity;
import cn.jixiao.scoring.ScoringEngine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The funds row scores 执行率 × 分值, at most the 分值 ({@link ScoringEngine#fundsScore}); the stated
 * 得分 of each project's and of the 部门整体's self-evaluation is compared with that.
 */
public final class FundsScore extends BaseCheck {
    public FundsScore() {
        super("FUNDS_SCORE_MISMATCH", Severity.WARNING, "资金执行率得分与“执行率×分值（不超过分值）”不一致");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        compare(y.overall.selfEvaluation.funds.statedScore, y.overall.executionRate(), y.overall.selfEvaluation.funds.weight,
                m -> out.add(onUnit(y, FieldRef.overall(OverallFields.STATED_FUNDS_SCORE.path()), Names.OVERALL, m)));
        for (Project p : y.projects) {
            var f = p.selfEvaluation.funds;
            compare(f.statedScore, f.executionRate(), f.weight, m -> out.add(onProject(y, p, "selfEvaluation.funds.statedScore", m)));
        }
        return out;
    }

    private static void compare(String statedText, Optional<BigDecimal> rate, String weightText, Consumer<String> report) {
        Optional<BigDecimal> stated = Numbers.plain(statedText);
        if (stated.isEmpty() || rate.isEmpty()) {
            return;
        }
        BigDecimal weight = ScoringEngine.fundsWeight(weightText);
        BigDecimal expected = ScoringEngine.fundsScore(rate.get(), weight);
        if (stated.get().setScale(2, RoundingMode.HALF_UP).compareTo(expected) != 0) {
            report.accept("资金执行率得分填的是" + statedText.strip() + "分，执行率" + Percent.of(rate.get()) + "×分值"
                    + Numbers.show(weight) + "分应得" + Numbers.show(expected) + "分。");
        }
    }
}
