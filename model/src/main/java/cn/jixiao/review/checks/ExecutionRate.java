package cn.jixiao.review.checks;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.fields.OverallFields;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Severity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stated 执行率 against 全年执行数 / 全年预算数 (a project) or 执行数 / 资金总额 (部门整体).
 * Both stay as they are; the difference is shown. Forms often divide by the 年初预算数 instead:
 * the message says so when that explains the stated figure.
 */
public final class ExecutionRate extends BaseCheck {
    public ExecutionRate() {
        super("EXECUTION_RATE_MISMATCH", Severity.WARNING, "填写的执行率与全年执行数÷全年预算数不一致");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        UnitOverall o = y.overall;
        Optional<BigDecimal> overallRate = rate(o.selfEvaluation.funds.executed, o.statedTotal);
        mismatch(o.selfEvaluation.funds.statedExecutionRate, overallRate).ifPresent(computed -> out.add(onUnit(y, FieldRef.overall(OverallFields.STATED_EXECUTION_RATE.path()),
                Names.OVERALL, "资金执行率填的是“" + o.selfEvaluation.funds.statedExecutionRate + "”，按执行数" + o.selfEvaluation.funds.executed.text() + "万元÷资金总额"
                        + o.statedTotal.text() + "万元计算应为" + computed + "%。")));
        for (Project p : y.projects) {
            FundsExecution f = p.selfEvaluation.funds;
            Optional<BigDecimal> r = f.executionRate();
            Optional<String> computed = mismatch(f.statedExecutionRate, r);
            if (computed.isEmpty()) {
                continue;
            }
            Amount budget = f.adjustedBudget.value().isPresent() ? f.adjustedBudget : f.initialBudget;
            String message = "自评表执行率填的是“" + f.statedExecutionRate.strip() + "”，按全年执行数" + f.executed.text() + "万元÷全年预算数"
                    + budget.text() + "万元计算应为" + computed.get() + "%";
            Optional<BigDecimal> byInitial = rate(f.executed, f.initialBudget);
            if (f.adjustedBudget.value().isPresent() && mismatch(f.statedExecutionRate, byInitial).isEmpty()) {
                message += "（所填数字是按年初预算数" + f.initialBudget.text() + "万元计算的）";
            }
            out.add(onProject(y, p, "selfEvaluation.funds.statedExecutionRate", message + "。"));
        }
        return out;
    }

    private static Optional<BigDecimal> rate(Amount done, Amount budget) {
        if (done.value().isEmpty() || budget.value().isEmpty() || budget.value().get().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(done.value().get().divide(budget.value().get(), 8, RoundingMode.HALF_UP));
    }

    /**
     * The computed rate in percent, rounded as the stated one is written, when they differ;
     * empty when they agree or either is missing.
     */
    static Optional<String> mismatch(String stated, Optional<BigDecimal> fraction) {
        Optional<BigDecimal> s = Numbers.percent(stated);
        if (s.isEmpty() || fraction.isEmpty()) {
            return Optional.empty();
        }
        int scale = Math.max(s.get().scale(), 0);
        BigDecimal computed = Numbers.asPercent(fraction.get(), scale);
        if (Numbers.same(computed, s.get())) {
            return Optional.empty();
        }
        return Optional.of(Numbers.show(Numbers.asPercent(fraction.get(), Math.max(scale, 2))));
    }
}
