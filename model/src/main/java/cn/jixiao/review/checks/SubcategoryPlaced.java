package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Frames;
import cn.jixiao.review.Names;
import cn.jixiao.review.Rows;
import cn.jixiao.review.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * A 二级 sits under the 一级 the framework puts it in: a 可持续影响 row under 产出指标 is the
 * sign of merged 一级 blocks (001, 其他补助经费).
 */
public final class SubcategoryPlaced extends BaseCheck {
    public SubcategoryPlaced() {
        super("SUBCATEGORY_MISPLACED", Severity.WARNING, "二级指标放在了指标体系规定之外的一级指标下");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Rows.Row r : Rows.all(y)) {
            var i = r.indicator();
            // 满意度 sits under 效益 in some frameworks and is its own 一级 in others: either is fine.
            if (i.subcategory.isBlank() || i.category.isBlank() || Frames.subKey(i.subcategory).equals(Frames.SATISFACTION)) {
                continue;
            }
            Framework f = Frames.of(unit, y, r.project());
            Framework.Category home = Frames.categoryOf(f, i.subcategory);
            if (home != null && !Frames.sameCategory(home.name, i.category)) {
                out.add(onIndicator(y, r.project(), i, "category", Names.indicator(i) + "的二级指标“" + Frames.compact(i.subcategory)
                        + "”应属于一级指标“" + home.name + "”，表中却在“" + Frames.compact(i.category) + "”下，请检查一级指标是否合并或错位。"));
            }
        }
        return out;
    }
}
