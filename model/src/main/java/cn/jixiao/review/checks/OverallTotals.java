package cn.jixiao.review.checks;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataRowKind;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Severity;
import cn.jixiao.unitlevel.OverallFigures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 部门整体's money, by the sums the editor shows ({@link OverallFigures#fieldChecks}): 资金总额 =
 * its parts by income type, = 基本支出 + 项目支出; 项目支出 = the year's projects (each at its
 * budget, {@link cn.jixiao.domain.Project#budget()}); 三公经费 = its parts; and
 * 基本支出 / 项目支出 as the 基础数据表 states them for this year's budget.
 */
public final class OverallTotals extends BaseCheck {
    public OverallTotals() {
        super("OVERALL_TOTAL_MISMATCH", Severity.WARNING, "部门整体资金总额与其组成部分、项目支出与各项目资金之和不一致");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        UnitOverall o = y.overall;
        // the editor's list of sums (OverallFigures), so that both flag the same figures in the same words
        for (OverallFigures.FieldCheck fc : OverallFigures.fieldChecks(y)) {
            if (fc.check().disagrees()) {
                out.add(onUnit(y, FieldRef.overall(fc.field()), Names.OVERALL, fc.check().message() + "。"));
            }
        }
        List<BasicDataRow> rows = y.basicData.rows;
        List<Amount> basic = rows.stream().filter(r -> r.is(BasicDataRowKind.BASIC)).map(r -> r.thisYearBudget).toList();
        if (basic.size() == 1) {
            agree(out, y, "basicExpense", "基本支出", o.basicExpense, "基础数据表中本年预算的部门基本支出", basic.get(0));
        }
        List<Amount> projectRows = rows.stream().filter(r -> r.is(BasicDataRowKind.PROJECT)).map(r -> r.thisYearBudget).toList();
        if (!projectRows.isEmpty() && projectRows.stream().allMatch(a -> a.isEmpty() || a.value().isPresent())
                && projectRows.stream().anyMatch(a -> !a.isEmpty())) {
            BigDecimal s = projectRows.stream().map(Amount::valueOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
            agree(out, y, "projectExpense", "项目支出", o.projectExpense, "基础数据表中各项目本年预算数之和", Amount.of(s));
        }
        return out;
    }

    private void agree(List<Finding> out, FiscalYear y, String field, String label, Amount stated, String otherLabel, Amount other) {
        if (stated.value().isEmpty() || other.value().isEmpty() || Numbers.same(stated.value().get(), other.value().get())) {
            return;
        }
        out.add(onUnit(y, FieldRef.overall(field), Names.OVERALL, label + "填的是" + stated.text() + "万元，" + otherLabel + "为"
                + Numbers.show(other.value().get()) + "万元，两者应一致。"));
    }
}
