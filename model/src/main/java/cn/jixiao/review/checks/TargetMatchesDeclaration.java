package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Declarations;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Rows;
import cn.jixiao.review.Severity;
import cn.jixiao.review.Shifts;

import java.util.ArrayList;
import java.util.List;

/**
 * A self-evaluation's 年度指标值 is the declared target of the same indicator. Against a
 * declaration of the same year a difference is a warning; against the previous year's (all the
 * seeds offer) it is only a hint, since targets may change from year to year. Rows inside a
 * shifted run are reported by TARGETS_SHIFTED instead.
 */
public final class TargetMatchesDeclaration extends BaseCheck {
    public TargetMatchesDeclaration() {
        super("TARGET_DIFFERS_FROM_DECLARATION", Severity.WARNING, "自评表的年度指标值与申报表的指标值不同");
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
            boolean sameYear = declared.get().year() == y.year;
            List<Indicator> d = Declarations.named(declared.get().project().indicators);
            int[] m = Declarations.match(p.indicators, d);
            List<Shifts.Run> runs = Shifts.find(p.indicators, d);
            for (int k = 0; k < p.indicators.size(); k++) {
                final int row = k;
                Indicator i = p.indicators.get(k);
                if (m[k] < 0 || runs.stream().anyMatch(r -> r.contains(row))) {
                    continue;
                }
                Indicator was = d.get(m[k]);
                if (Declarations.key(i.target).equals(Declarations.key(was.target))) {
                    continue;
                }
                String message = Names.indicator(i) + "的年度指标值填的是“" + i.target + "”，" + declared.get().year()
                        + "年申报表为“" + (was.target.isBlank() ? "（空）" : was.target) + "”"
                        + (sameYear ? "，自评应以申报的指标值为准。" : "。若本年申报时已调整可忽略，否则请按申报表填写。");
                Finding f = onIndicator(y, p, i, "target", message);
                out.add(sameYear ? f : withSeverity(f, Severity.HINT));
            }
        }
        return out;
    }
}
