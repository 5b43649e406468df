package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Frames;
import cn.jixiao.review.Names;
import cn.jixiao.review.Rows;
import cn.jixiao.review.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * Each 二级 of the framework has an indicator or is marked 不适用 ({@code Project.notApplicable}
 * "一级/二级", or a row whose 指标值 says 不适用). A project with no indicators at all is left to
 * CATEGORY_MISSING.
 */
public final class SubcategoryCovered extends BaseCheck {
    public SubcategoryCovered() {
        super("SUBCATEGORY_EMPTY", Severity.HINT, "指标体系中的二级指标既没有三级指标，也没有标注不适用");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Rows.Tree t : Rows.trees(y)) {
            if (t.indicators().isEmpty()) {
                continue;
            }
            Framework f = Frames.of(unit, y, t.project());
            List<String> marked = t.project() == null ? List.of() : t.project().notApplicable;
            List<String> empty = new ArrayList<>();
            for (Framework.Category c : f.categories) {
                for (String s : c.subcategories) {
                    if (!covered(t.indicators(), marked, s)) {
                        empty.add(c.name + "/" + s);
                    }
                }
            }
            if (empty.isEmpty()) {
                continue;
            }
            String message = "二级指标" + String.join("、", empty.stream().map(Names::quoted).toList())
                    + "没有三级指标，请补充指标或标注为“不适用”。";
            if (t.project() == null) {
                out.add(onUnit(y, FieldRef.overall("indicators"), Names.OVERALL, message));
            } else {
                out.add(onProject(y, t.project(), "notApplicable", message));
            }
        }
        return out;
    }

    private static boolean covered(List<Indicator> indicators, List<String> marked, String sub) {
        for (String m : marked) {
            int slash = m.indexOf('/');
            if (Frames.sameSubcategory(slash >= 0 ? m.substring(slash + 1) : m, sub)) {
                return true;
            }
        }
        for (Indicator i : indicators) {
            if (Frames.sameSubcategory(i.subcategory, sub) && (!i.name.isBlank() || !i.target.isBlank())) {
                return true;
            }
        }
        return false;
    }
}
