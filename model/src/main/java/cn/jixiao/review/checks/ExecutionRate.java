package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Percent;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.fields.OverallFields;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stated 执行率 against 全年执行数 / 全年预算数 (a project) or 执行数 / 资金总额 (部门整体),
 * each computed by its one rule ({@link FundsExecution#executionRate()}, {@link UnitOverall#executionRate()}).
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
        mismatch(o.selfEvaluation.funds.statedExecutionRate, o.executionRate()).ifPresent(computed -> out.add(onUnit(y, FieldRef.overall(OverallFields.STATED_EXECUTION_RATE.path()),
                Names.OVERALL, "资金执行率填的是“" + o.selfEvaluation.funds.statedExecutionRate.strip() + "”，按执行数" + o.selfEvaluation.funds.executed.text() + "万元÷资金总额"
                        + o.budget().text() + "万元计算应为" + computed + "。")));
        for (Project p : y.projects) {
            FundsExecution f = p.selfEvaluation.funds;
            Optional<String> computed = mismatch(f.statedExecutionRate, f.executionRate());
            if (computed.isEmpty()) {
                continue;
            }
            String message = "自评表执行率填的是“" + f.statedExecutionRate.strip() + "”，按全年执行数" + f.executed.text() + "万元÷全年预算数"
                    + f.rateBase().text() + "万元计算应为" + computed.get();
            if (f.rateBaseIsAdjusted() && mismatch(f.statedExecutionRate, f.rateByInitialBudget()).isEmpty()) {
                message += "（所填数字是按年初预算数" + f.initialBudget.text() + "万元计算的）";
            }
            out.add(onProject(y, p, "selfEvaluation.funds.statedExecutionRate", message + "。"));
        }
        return out;
    }

    /**
     * The computed rate as the program shows it ('99.99%'), when the stated one does not agree
     * with it ({@link Percent#agrees}); empty when they agree or either is missing.
     */
    static Optional<String> mismatch(String stated, Optional<BigDecimal> fraction) {
        Optional<BigDecimal> s = Percent.stated(stated);
        if (s.isEmpty() || fraction.isEmpty() || Percent.agrees(s.get(), fraction.get())) {
            return Optional.empty();
        }
        return Optional.of(Percent.of(fraction.get()));
    }
}
