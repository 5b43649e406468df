package cn.jixiao.review.checks;

import cn.jixiao.domain.CategoryWeight;
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

/** The weight printed beside an 一级 ('产出指标 (50分)') equals the 分值 of its 三级 rows. */
public final class CategoryWeightSum extends BaseCheck {
    public CategoryWeightSum() {
        super("CATEGORY_WEIGHT_SUM_MISMATCH", Severity.WARNING, "一级指标标注的分值与其下三级指标分值之和不一致");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Rows.Tree t : Rows.trees(y)) {
            List<CategoryWeight> printed = t.project() == null ? y.overall.categoryWeights : t.project().categoryWeights;
            for (CategoryWeight cw : printed) {
                Optional<BigDecimal> stated = Numbers.plain(cw.weight.replaceAll("[()（）分\\s]", ""));
                if (stated.isEmpty()) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                int rows = 0;
                for (Indicator i : t.indicators()) {
                    if (Frames.sameCategory(i.category, cw.category) && !i.name.isBlank()) {
                        rows++;
                        sum = sum.add(Weights.of(i).orElse(BigDecimal.ZERO));
                    }
                }
                String message;
                if (rows == 0) {
                    message = "一级指标“" + Frames.compact(cw.category) + "”标注" + Numbers.show(stated.get())
                            + "分，其下却没有三级指标（一级指标的格子可能被合并了），请把该一级下的指标归到它名下。";
                } else if (!Numbers.same(sum, stated.get())) {
                    message = "一级指标“" + Frames.compact(cw.category) + "”标注" + Numbers.show(stated.get()) + "分，其下" + rows
                            + "个三级指标分值合计" + Numbers.show(sum) + "分，两者应相等。";
                } else {
                    continue;
                }
                if (t.project() == null) {
                    out.add(onUnit(y, FieldRef.overall("categoryWeights"), Names.OVERALL, message));
                } else {
                    out.add(onProject(y, t.project(), "categoryWeights", message));
                }
            }
        }
        return out;
    }
}
