package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
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

/** Wherever points are lost, 偏差原因分析及改进措施 is written. */
public final class DeviationCauseGiven extends BaseCheck {
    public DeviationCauseGiven() {
        super("DEVIATION_CAUSE_MISSING", Severity.WARNING, "扣了分却没有填写偏差原因分析及改进措施");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Rows.Row r : Rows.all(y)) {
            var i = r.indicator();
            Optional<BigDecimal> score = Numbers.plain(i.selfEvaluation.score);
            Optional<BigDecimal> weight = Weights.of(i);
            if (score.isPresent() && weight.isPresent() && score.get().compareTo(weight.get()) < 0 && i.selfEvaluation.deviationCause.isBlank()) {
                out.add(onIndicator(y, r.project(), i, "deviationCause", Names.indicator(i) + "得" + Numbers.show(score.get())
                        + "分（分值" + Numbers.show(weight.get()) + "分），扣了分，请填写偏差原因分析及改进措施。"));
            }
        }
        return out;
    }
}
