package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Frames;
import cn.jixiao.review.Severity;
import cn.jixiao.review.Weights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 一级 labels printed in one merged cell (001, 其他补助经费: '产出指标(50分) 效益指标（30分）'):
 * the blocks can no longer be told apart on paper, and what is left of one often hangs on a
 * single row.
 */
public final class CategoriesMerged extends BaseCheck {
    public CategoriesMerged() {
        super("CATEGORIES_MERGED", Severity.WARNING, "自评表把几个一级指标合并在一个格子里");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Project p : y.projects) {
            if (p.mergedCategories.size() < 2) {
                continue;
            }
            StringBuilder m = new StringBuilder("自评表把“" + String.join("”和“", p.mergedCategories) + "”印在同一个合并的一级指标格子里");
            for (String c : p.mergedCategories) {
                List<Indicator> rows = p.indicators.stream().filter(i -> Frames.sameCategory(i.category, c) && !i.name.isBlank()).toList();
                if (rows.size() == 1) {
                    Indicator only = rows.get(0);
                    BigDecimal w = Weights.of(only).orElse(BigDecimal.ZERO);
                    m.append("；“").append(c).append("”下只有三级指标“").append(only.name).append("”（")
                            .append(Frames.compact(only.subcategory)).append("），一项就占").append(w.stripTrailingZeros().toPlainString()).append("分");
                }
            }
            m.append("。请把各一级指标分开填写，并把分值分到各二级指标下。");
            out.add(onProject(y, p, "mergedCategories", m.toString()));
        }
        return out;
    }
}
