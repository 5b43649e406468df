package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Rows;
import cn.jixiao.review.Severity;

import java.util.ArrayList;
import java.util.List;

/** No 三级 without its 指标值. */
public final class TargetFilled extends BaseCheck {
    public TargetFilled() {
        super("TARGET_MISSING", Severity.ERROR, "三级指标没有填写指标值");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Rows.Row r : Rows.all(y)) {
            var i = r.indicator();
            if (!i.name.isBlank() && i.target.isBlank()) {
                String hint = Numbers.hasDigit(i.unitOfMeasure)
                        ? "（计量单位栏填的是“" + i.unitOfMeasure + "”，像是指标值填错了栏）" : "";
                out.add(onIndicator(y, r.project(), i, "target", Names.indicator(i) + "没有填写指标值" + hint + "。"));
            }
        }
        return out;
    }
}
