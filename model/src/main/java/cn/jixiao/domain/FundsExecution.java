package cn.jixiao.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The funds block of a self-evaluation (项目资金): 年初预算数, 全年预算数, 全年执行数 for the
 * total and its parts, with the stated 执行率 and 得分 beside the computed ones.
 */
public class FundsExecution {
    /** 年初预算数 (initialBudget) of 年度资金总额. */
    public Amount initialBudget = Amount.EMPTY;
    /** 全年预算数 (adjustedBudget). */
    public Amount adjustedBudget = Amount.EMPTY;
    /** 全年执行数 (executed). */
    public Amount executed = Amount.EMPTY;
    public Amount fiscalInitial = Amount.EMPTY;
    public Amount fiscalAdjusted = Amount.EMPTY;
    public Amount fiscalExecuted = Amount.EMPTY;
    /** 上年结转资金. */
    public Amount carryOverInitial = Amount.EMPTY;
    public Amount carryOverAdjusted = Amount.EMPTY;
    public Amount carryOverExecuted = Amount.EMPTY;
    public Amount otherInitial = Amount.EMPTY;
    public Amount otherAdjusted = Amount.EMPTY;
    public Amount otherExecuted = Amount.EMPTY;
    /** 分值 of the funds row, 10 by default. */
    public String weight = "";
    /** 执行率 as stated ('100%'). */
    public String statedExecutionRate = "";
    /** 得分 of the funds row as stated. */
    public String statedScore = "";

    /** 执行率 = 全年执行数 / 全年预算数, as a fraction; empty when either is missing or not a number. */
    public Optional<BigDecimal> executionRate() {
        Optional<BigDecimal> budget = adjustedBudget.value().or(initialBudget::value);
        Optional<BigDecimal> done = executed.value();
        if (budget.isEmpty() || done.isEmpty() || budget.get().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(done.get().divide(budget.get(), 6, RoundingMode.HALF_UP));
    }
}
