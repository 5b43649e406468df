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
import cn.jixiao.review.Weights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One 三级 carrying more than 20 points: in 001 (其他补助经费) the 产出 and 效益 blocks were
 * merged and 可持续影响 alone carries the 效益's 30 points.
 */
public final class WeightConcentrated extends BaseCheck {
    static final BigDecimal LIMIT = BigDecimal.valueOf(20);

    public WeightConcentrated() {
        super("WEIGHT_CONCENTRATED", Severity.WARNING, "一个三级指标分值超过20分，分值过于集中");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Rows.Row r : Rows.all(y)) {
            var i = r.indicator();
            Optional<BigDecimal> w = Weights.of(i);
            if (w.isEmpty() || w.get().compareTo(LIMIT) <= 0) {
                continue;
            }
            long siblings = r.project() == null ? 0 : r.project().indicators.stream()
                    .filter(o -> o != i && Frames.sameCategory(o.category, i.category) && !o.name.isBlank()).count();
            String where = Frames.compact(i.subcategory).isEmpty() ? "" : "（" + Frames.compact(i.subcategory) + "）";
            out.add(onIndicator(y, r.project(), i, "weight", Names.indicator(i) + where + "一项就占" + Numbers.show(w.get())
                    + "分" + (siblings == 0 ? "，是“" + Frames.compact(i.category) + "”下唯一的三级指标" : "")
                    + "。单个指标一般不超过20分，请检查一级指标是否合并、分值是否应分到其他指标。"));
        }
        return out;
    }
}
