package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Severity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The funds row scores 执行率 × 分值, at most the 分值; the stated 得分 is compared with that. */
public final class FundsScore extends BaseCheck {
    public FundsScore() {
        super("FUNDS_SCORE_MISMATCH", Severity.WARNING, "资金执行率得分与“执行率×分值（不超过分值）”不一致");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Project p : y.projects) {
            FundsExecution f = p.selfEvaluation.funds;
            Optional<BigDecimal> stated = Numbers.plain(f.statedScore);
            Optional<BigDecimal> rate = f.executionRate();
            if (stated.isEmpty() || rate.isEmpty()) {
                continue;
            }
            BigDecimal weight = Numbers.plain(f.weight).orElse(BigDecimal.TEN);
            BigDecimal expected = rate.get().min(BigDecimal.ONE).multiply(weight).setScale(2, RoundingMode.HALF_UP);
            if (stated.get().setScale(2, RoundingMode.HALF_UP).compareTo(expected) != 0) {
                out.add(onProject(y, p, "selfEvaluation.funds.statedScore", "资金执行率得分填的是" + f.statedScore.strip()
                        + "分，执行率" + Numbers.show(Numbers.asPercent(rate.get(), 2)) + "%×分值" + Numbers.show(weight)
                        + "分应得" + Numbers.show(expected) + "分。"));
            }
        }
        return out;
    }
}
