package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Frames;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Rows;
import cn.jixiao.review.Severity;
import cn.jixiao.review.Weights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The 分值 of all 三级 rows plus the funds row (10) add up to 100, once any 分值 is written. */
public final class WeightsAddUp extends BaseCheck {
    public WeightsAddUp() {
        super("WEIGHTS_NOT_100", Severity.ERROR, "各指标分值与资金执行率分值（10分）合计不等于100分");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Rows.Tree t : Rows.trees(y)) {
            BigDecimal sum = BigDecimal.ZERO;
            int weighted = 0;
            int rows = 0;
            for (Indicator i : t.indicators()) {
                if (i.name.isBlank() || Frames.notApplicableRow(i)) {
                    continue;
                }
                rows++;
                Optional<BigDecimal> w = Weights.of(i);
                if (w.isPresent()) {
                    weighted++;
                    sum = sum.add(w.get());
                }
            }
            if (weighted == 0) {
                continue;
            }
            BigDecimal funds = t.project() == null ? Numbers.plain(y.overall.selfEvaluation.funds.weight).orElse(BigDecimal.TEN) : Weights.fundsRow(t.project());
            BigDecimal total = sum.add(funds);
            String missing = weighted < rows ? "（另有" + (rows - weighted) + "个三级指标没有分值）" : "";
            if (Numbers.same(total, Numbers.HUNDRED) && missing.isEmpty()) {
                continue;
            }
            String message = "三级指标分值合计" + Numbers.show(sum) + "分，加资金执行率" + Numbers.show(funds) + "分共"
                    + Numbers.show(total) + "分" + missing + "，应为100分。";
            if (t.project() == null) {
                out.add(onUnit(y, FieldRef.overall("indicators"), Names.OVERALL, message));
            } else {
                out.add(onProject(y, t.project(), "indicators", message));
            }
        }
        return out;
    }
}
