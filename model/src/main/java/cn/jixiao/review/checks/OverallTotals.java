package cn.jixiao.review.checks;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataRowKind;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 部门整体's money: 资金总额 = its parts by income type, = 基本支出 + 项目支出; 项目支出 =
 * the year's projects (each at its declared 资金总额, or its self-evaluation's 年初预算数); and
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
        sum(out, y, "statedTotal", "资金总额", o.statedTotal, "按收入性质分各项之和",
                List.of(o.generalPublicBudget, o.governmentFund, o.specialAccount, o.otherFunds));
        sum(out, y, "statedTotal", "资金总额", o.statedTotal, "基本支出与项目支出之和", List.of(o.basicExpense, o.projectExpense));
        sum(out, y, "lastYearTotal", "上年资金总额", o.lastYearTotal, "上年基本支出与项目支出之和",
                List.of(o.lastYearBasicExpense, o.lastYearProjectExpense));
        Optional<BigDecimal> projects = projectsTotal(y);
        if (o.projectExpense.value().isPresent() && projects.isPresent() && !Numbers.same(o.projectExpense.value().get(), projects.get())) {
            out.add(onUnit(y, FieldRef.overall("projectExpense"), Names.OVERALL, "项目支出填的是" + o.projectExpense.text() + "万元，本年度"
                    + y.projects.size() + "个项目的资金（申报表资金总额或自评表年初预算数）合计为" + Numbers.show(projects.get()) + "万元，两者应相等。"));
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

    /** Every project's amount, or empty when one of them has none to compare. */
    static Optional<BigDecimal> projectsTotal(FiscalYear y) {
        if (y.projects.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal s = BigDecimal.ZERO;
        for (Project p : y.projects) {
            Optional<BigDecimal> v = budgetOf(p);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            s = s.add(v.get());
        }
        return Optional.of(s);
    }

    /** A project's budget for the year: the declaration's 资金总额, else the self-evaluation's 年初预算数. */
    static Optional<BigDecimal> budgetOf(Project p) {
        if (p.funds.statedTotal.value().isPresent()) {
            return p.funds.statedTotal.value();
        }
        List<Amount> parts = List.of(p.funds.fiscalAppropriation, p.funds.otherFunds);
        if (parts.stream().anyMatch(a -> !a.isEmpty())) {
            return parts.stream().anyMatch(a -> !a.isEmpty() && a.value().isEmpty()) ? Optional.empty() : Optional.of(p.funds.computedTotal());
        }
        return p.selfEvaluation.funds.initialBudget.value();
    }

    private void sum(List<Finding> out, FiscalYear y, String field, String label, Amount stated, String partsLabel, List<Amount> parts) {
        if (stated.value().isEmpty() || parts.stream().allMatch(Amount::isEmpty)
                || parts.stream().anyMatch(a -> !a.isEmpty() && a.value().isEmpty())) {
            return;
        }
        BigDecimal s = parts.stream().map(Amount::valueOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!Numbers.same(s, stated.value().get())) {
            out.add(onUnit(y, FieldRef.overall(field), Names.OVERALL, label + "填的是" + stated.text() + "万元，" + partsLabel
                    + "为" + Numbers.show(s) + "万元，两者应相等。"));
        }
    }

    private void agree(List<Finding> out, FiscalYear y, String field, String label, Amount stated, String otherLabel, Amount other) {
        if (stated.value().isEmpty() || other.value().isEmpty() || Numbers.same(stated.value().get(), other.value().get())) {
            return;
        }
        out.add(onUnit(y, FieldRef.overall(field), Names.OVERALL, label + "填的是" + stated.text() + "万元，" + otherLabel + "为"
                + Numbers.show(other.value().get()) + "万元，两者应一致。"));
    }
}
