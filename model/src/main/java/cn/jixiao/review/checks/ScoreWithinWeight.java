package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Rows;
import cn.jixiao.review.Severity;
import cn.jixiao.review.Weights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** No 得分 above its 分值, for the 三级 rows and the funds row. */
public final class ScoreWithinWeight extends BaseCheck {
    public ScoreWithinWeight() {
        super("SCORE_ABOVE_WEIGHT", Severity.ERROR, "得分超过了分值");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Rows.Row r : Rows.all(y)) {
            Optional<BigDecimal> score = Numbers.plain(r.indicator().selfEvaluation.score);
            Optional<BigDecimal> weight = Weights.of(r.indicator());
            if (score.isPresent() && weight.isPresent() && score.get().compareTo(weight.get()) > 0) {
                out.add(onIndicator(y, r.project(), r.indicator(), "score", Names.indicator(r.indicator()) + "得分"
                        + Numbers.show(score.get()) + "分，超过了分值" + Numbers.show(weight.get()) + "分。"));
            }
        }
        for (Project p : y.projects) {
            Optional<BigDecimal> score = Numbers.plain(p.selfEvaluation.funds.statedScore);
            BigDecimal weight = Weights.fundsRow(p);
            if (score.isPresent() && score.get().compareTo(weight) > 0) {
                out.add(onProject(y, p, "selfEvaluation.funds.statedScore", "资金执行率得分" + Numbers.show(score.get())
                        + "分，超过了分值" + Numbers.show(weight) + "分（执行率超过100%也最多得满分）。"));
            }
        }
        return out;
    }
}
