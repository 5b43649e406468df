package cn.jixiao.domain;

import java.math.BigDecimal;

/**
 * 项目资金 of a declaration: by source (财政拨款 / 其他资金) and by level (中央/省级/市级/县级),
 * this year's figures beside last year's. {@link #statedTotal} is the 资金总额 the form states;
 * {@link #computedTotal()} is what its parts add up to. Neither overwrites the other.
 */
public class Funds {
    /** 资金总额 / 合计 as stated. */
    public Amount statedTotal = Amount.EMPTY;
    /** 财政拨款 (fiscalAppropriation). */
    public Amount fiscalAppropriation = Amount.EMPTY;
    /** 其他资金 (otherFunds). */
    public Amount otherFunds = Amount.EMPTY;
    /** 上年度安排资金 合计 as stated. */
    public Amount lastYearStatedTotal = Amount.EMPTY;
    public Amount centralThisYear = Amount.EMPTY;
    public Amount centralLastYear = Amount.EMPTY;
    public Amount provincialThisYear = Amount.EMPTY;
    public Amount provincialLastYear = Amount.EMPTY;
    public Amount cityThisYear = Amount.EMPTY;
    public Amount cityLastYear = Amount.EMPTY;
    public Amount countyThisYear = Amount.EMPTY;
    public Amount countyLastYear = Amount.EMPTY;

    /** 财政拨款 + 其他资金; where neither is given, the sum of the levels. */
    public BigDecimal computedTotal() {
        if (!fiscalAppropriation.isEmpty() || !otherFunds.isEmpty()) {
            return fiscalAppropriation.valueOrZero().add(otherFunds.valueOrZero());
        }
        return centralThisYear.valueOrZero().add(provincialThisYear.valueOrZero())
                .add(cityThisYear.valueOrZero()).add(countyThisYear.valueOrZero());
    }

    /** The total to print and to use: the stated one when there is one, else the computed one. */
    public BigDecimal total() {
        return statedTotal.value().orElseGet(this::computedTotal);
    }

    /**
     * The declared 资金总额 a later stage starts from (年初预算数): the stated one, else what the
     * parts add up to (财政拨款 + 其他资金, or the levels) when they add up to anything.
     */
    public Amount budget() {
        BigDecimal parts = computedTotal();
        return statedTotal.isEmpty() && parts.signum() > 0 ? Amount.of(parts) : statedTotal;
    }
}
