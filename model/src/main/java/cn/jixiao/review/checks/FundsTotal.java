package cn.jixiao.review.checks;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.ExpenseLine;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Funds;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 资金总额 = 财政拨款 + 其他资金, and = 中央 + 省级 + 市级 + 县级 where the levels are given,
 * whether the total is typed or added up from 财政拨款 + 其他资金 ({@link Funds#partsMismatches()});
 * 上年度安排资金合计 = last year's levels, and 支出明细 合计 = its lines. Cells that are not numbers are left to
 * AMOUNT_NOT_A_NUMBER.
 */
public final class FundsTotal extends BaseCheck {
    public FundsTotal() {
        super("FUNDS_TOTAL_MISMATCH", Severity.ERROR, "资金总额与其组成部分之和不一致");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Project p : y.projects) {
            Funds f = p.funds;
            for (Funds.PartsMismatch m : f.partsMismatches()) {
                out.add(onProject(y, p, "funds.statedTotal", m.message()));
            }
            compare(out, y, p, "funds.lastYearStatedTotal", "上年度安排资金合计", f.lastYearStatedTotal,
                    "中央、省级、市级、县级资金之和", List.of(f.centralLastYear, f.provincialLastYear, f.cityLastYear, f.countyLastYear));
            compare(out, y, p, "expenseLinesStatedTotal", "支出明细本年度合计", p.expenseLinesStatedTotal, "各明细行之和",
                    p.expenseLines.stream().map(e -> e.thisYear).toList());
            compare(out, y, p, "expenseLinesLastYearStatedTotal", "支出明细上年度合计", p.expenseLinesLastYearStatedTotal,
                    "各明细行之和", p.expenseLines.stream().map((ExpenseLine e) -> e.lastYear).toList());
        }
        return out;
    }

    private void compare(List<Finding> out, FiscalYear y, Project p, String field, String label, Amount stated,
                         String partsLabel, List<Amount> parts) {
        Optional<BigDecimal> total = stated.value();
        if (total.isEmpty() || parts.stream().allMatch(Amount::isEmpty)
                || parts.stream().anyMatch(a -> !a.isEmpty() && a.value().isEmpty())) {
            return;
        }
        BigDecimal sum = parts.stream().map(Amount::valueOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!Numbers.same(sum, total.get())) {
            out.add(onProject(y, p, field, label + "填的是" + stated.text() + "万元，" + partsLabel + "为"
                    + Numbers.show(sum) + "万元，两者应相等。"));
        }
    }
}
