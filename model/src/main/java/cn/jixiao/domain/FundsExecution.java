package cn.jixiao.domain;

import java.math.BigDecimal;
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

    /**
     * The budget 执行率 divides by: 全年预算数 when it is a number, else 年初预算数 (a form that
     * states no adjustment). Scoring, review, the editor and the printed form all name this one.
     */
    public Amount rateBase() {
        return adjustedBudget.value().isPresent() ? adjustedBudget : initialBudget;
    }

    /** Whether {@link #rateBase()} is the 全年预算数 (else the 年初预算数). */
    public boolean rateBaseIsAdjusted() {
        return adjustedBudget.value().isPresent();
    }

    /** 执行率 = 全年执行数 / {@link #rateBase()}, as a fraction ({@link Percent}); empty when a figure is missing. */
    public Optional<BigDecimal> executionRate() {
        return Percent.ratio(executed, rateBase());
    }

    /** 全年执行数 / 年初预算数: what forms often state instead, named when it explains a stated rate. */
    public Optional<BigDecimal> rateByInitialBudget() {
        return Percent.ratio(executed, initialBudget);
    }
}
