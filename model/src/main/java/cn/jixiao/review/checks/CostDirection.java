package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Rows;
import cn.jixiao.review.Severity;
import cn.jixiao.review.Targets;
import cn.jixiao.target.TargetValue;

import java.util.ArrayList;
import java.util.List;

/** A 成本 target is a ceiling: '≥', '不少于', '以上' turn it upside down. */
public final class CostDirection extends BaseCheck {
    public CostDirection() {
        super("COST_NOT_CEILING", Severity.WARNING, "成本指标使用了“≥”“不少于”等下限写法");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Rows.Row r : Rows.all(y)) {
            var i = r.indicator();
            if (!Targets.readable(i) || !Targets.cost(i)) {
                continue;
            }
            TargetValue t = Targets.of(i);
            // a range ('20-30万元') states its ceiling too, which is what a cost is held to
            if (t.comparatorWritten() && t.comparator() != null && !t.comparator().isNegative() && !t.isRange()
                    && t.comparator() != cn.jixiao.target.TargetComparator.EQ) {
                out.add(onIndicator(y, r.project(), i, "target", Names.indicator(i) + "是成本指标，指标值“" + i.target
                        + "”却是下限写法（" + t.comparator().symbol() + "），成本应写上限，如“≤" + (t.value() == null ? "…"
                        : t.value().stripTrailingZeros().toPlainString()) + t.unit() + "”。"));
            }
        }
        return out;
    }
}
