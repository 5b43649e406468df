package cn.jixiao.review.checks;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Self-evaluation funds block: 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, column by column. */
public final class ExecutionParts extends BaseCheck {
    public ExecutionParts() {
        super("EXECUTION_PARTS_MISMATCH", Severity.WARNING, "自评表年度资金总额与财政拨款、上年结转、其他资金之和不一致");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Project p : y.projects) {
            FundsExecution f = p.selfEvaluation.funds;
            column(out, y, p, "initialBudget", "年初预算数", f.initialBudget, f.fiscalInitial, f.carryOverInitial, f.otherInitial);
            column(out, y, p, "adjustedBudget", "全年预算数", f.adjustedBudget, f.fiscalAdjusted, f.carryOverAdjusted, f.otherAdjusted);
            column(out, y, p, "executed", "全年执行数", f.executed, f.fiscalExecuted, f.carryOverExecuted, f.otherExecuted);
        }
        return out;
    }

    private void column(List<Finding> out, FiscalYear y, Project p, String field, String label, Amount total, Amount... parts) {
        if (total.value().isEmpty()) {
            return;
        }
        boolean anyPart = false;
        BigDecimal sum = BigDecimal.ZERO;
        for (Amount a : parts) {
            if (a.isEmpty()) {
                continue;
            }
            if (a.value().isEmpty()) {
                return;
            }
            anyPart = true;
            sum = sum.add(a.value().get());
        }
        if (anyPart && !Numbers.same(sum, total.value().get())) {
            out.add(onProject(y, p, "selfEvaluation.funds." + field, "自评表“年度资金总额”的" + label + "为" + total.text()
                    + "万元，当年财政拨款、上年结转资金与其他资金的" + label + "合计为" + Numbers.show(sum) + "万元，两者应相等。"));
        }
    }
}
