package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Declarations;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Rows;
import cn.jixiao.review.Severity;
import cn.jixiao.review.Shifts;

import java.util.ArrayList;
import java.util.List;

/** Self-evaluation 年度指标值 shifted one row against the declaration (001, 纪检派驻机构专项经费). */
public final class TargetsShifted extends BaseCheck {
    public TargetsShifted() {
        super("TARGETS_SHIFTED", Severity.ERROR, "自评表的年度指标值与申报表错了一行");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Project p : y.projects) {
            if (!Rows.selfEvaluated(p)) {
                continue;
            }
            var declared = Declarations.of(unit, y, p);
            if (declared.isEmpty()) {
                continue;
            }
            List<Indicator> d = Declarations.named(declared.get().project().indicators);
            int[] m = Declarations.match(p.indicators, d);
            for (Shifts.Run run : Shifts.find(p.indicators, d)) {
                Indicator first = p.indicators.get(run.from());
                Indicator was = d.get(m[run.from()]);
                Indicator below = d.get(m[run.from()] + 1);
                out.add(onIndicator(y, p, first, "target", "自评表从三级指标“" + first.name + "”起，连续" + run.length()
                        + "个年度指标值与" + declared.get().year() + "年申报表错了一行：“" + first.name + "”填的是“" + first.target
                        + "”，申报时为“" + was.target + "”，而“" + first.target + "”是下一行“" + below.name
                        + "”的指标值。请按申报表逐行核对年度指标值。"));
            }
        }
        return out;
    }
}
