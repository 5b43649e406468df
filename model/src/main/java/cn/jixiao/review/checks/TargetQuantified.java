package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Frames;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Rows;
import cn.jixiao.review.Severity;
import cn.jixiao.review.Targets;
import cn.jixiao.target.TargetKind;
import cn.jixiao.target.TargetValue;

import java.util.ArrayList;
import java.util.List;

/** 数量/质量/时效/成本 rows carry a number (or, for 时效, a date): '良好以上', '高效', '及时' do not. */
public final class TargetQuantified extends BaseCheck {
    public TargetQuantified() {
        super("TARGET_NOT_QUANTIFIED", Severity.HINT, "数量、质量、时效、成本指标的指标值没有量化");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Rows.Row r : Rows.all(y)) {
            var i = r.indicator();
            if (!Targets.readable(i) || !Targets.measured(i)) {
                continue;
            }
            TargetValue t = Targets.of(i);
            if (t.kind() != TargetKind.QUALITATIVE) {
                continue;
            }
            String sub = Frames.compact(i.subcategory).isEmpty() ? Frames.compact(i.category) : Frames.compact(i.subcategory);
            String example = switch (Frames.subKey(i.subcategory)) {
                case "时效" -> "“" + y.year + "年12月前”或“≥95%”";
                case "质量" -> "“合格率≥95%”";
                case "数量" -> "“≥20次”或“30人”";
                default -> "“≤" + (r.project() == null ? "…" : r.project().funds.statedTotal.isEmpty() ? "…" : r.project().funds.statedTotal.text()) + "万元”";
            };
            String why = t.budgetCeiling() ? "只说不超预算，没有写明金额"
                    : Numbers.hasDigit(i.target) ? "含有多个数字或附带说明，不能作为一个量化目标" : "不是量化的数值";
            out.add(onIndicator(y, r.project(), i, "target", Names.indicator(i) + "（" + sub + "）的指标值“" + i.target + "”" + why
                    + "，建议写成数字和单位，如" + example + "。"));
        }
        return out;
    }
}
