package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Rows;
import cn.jixiao.review.Severity;
import cn.jixiao.review.Targets;
import cn.jixiao.target.TargetKind;
import cn.jixiao.target.TargetValue;

import java.util.ArrayList;
import java.util.List;

/** A number needs its unit ('≥98' in 004: 98 what?), in the 指标值 or in the 度量单位 column. */
public final class QuantityHasUnit extends BaseCheck {
    public QuantityHasUnit() {
        super("QUANTITY_WITHOUT_UNIT", Severity.WARNING, "量化的指标值没有计量单位");
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
            String column = i.unitOfMeasure.strip();
            if (t.kind() == TargetKind.QUANTITATIVE && t.unit().isBlank() && (column.isEmpty() || column.equals("无"))) {
                out.add(onIndicator(y, r.project(), i, "target", Names.indicator(i) + "的指标值“" + i.target
                        + "”只有数字没有单位，请写明单位，如“" + i.target.strip() + "%”或“" + i.target.strip() + "次”。"));
            }
        }
        return out;
    }
}
