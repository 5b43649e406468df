package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Rows;
import cn.jixiao.review.Severity;
import cn.jixiao.review.Targets;
import cn.jixiao.target.TargetKind;
import cn.jixiao.target.TargetValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A percentage target above 100%: a rate (合格率, 满意度, 完成率) cannot get there. */
public final class PercentWithin100 extends BaseCheck {
    public PercentWithin100() {
        super("PERCENT_OVER_100", Severity.WARNING, "百分比指标值超过100%");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Rows.Row r : Rows.all(y)) {
            var i = r.indicator();
            if (!Targets.readable(i)) {
                continue;
            }
            TargetValue t = Targets.of(i);
            if (t.kind() == TargetKind.QUANTITATIVE && t.isPercent() && t.value().compareTo(Numbers.HUNDRED) > 0) {
                out.add(onIndicator(y, r.project(), i, "target", Names.indicator(i) + "的指标值“" + i.target + "”超过了100%，"
                        + "比率类指标（完成率、合格率、满意度）最高为100%，请核对。"));
            }
        }
        return out;
    }

    /** '≥100%': cannot be exceeded, so it says no more than '100%'. */
    public static final class AtLeastHundred extends BaseCheck {
        public AtLeastHundred() {
            super("PERCENT_AT_LEAST_100", Severity.HINT, "指标值写作“≥100%”，比率不可能超过100%");
        }

        @Override
        public List<Finding> check(Unit unit, FiscalYear y) {
            List<Finding> out = new ArrayList<>();
            for (Rows.Row r : Rows.all(y)) {
                var i = r.indicator();
                if (!Targets.readable(i)) {
                    continue;
                }
                TargetValue t = Targets.of(i);
                if (t.kind() == TargetKind.QUANTITATIVE && t.isPercent() && t.comparatorWritten() && t.comparator() != null
                        && !t.comparator().isNegative() && Numbers.same(t.value(), BigDecimal.valueOf(100))) {
                    out.add(onIndicator(y, r.project(), i, "target", Names.indicator(i) + "的指标值“" + i.target
                            + "”：比率最高为100%，“≥100%”与“100%”相同，建议直接写“100%”。"));
                }
            }
            return out;
        }
    }
}
