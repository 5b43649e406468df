package cn.jixiao.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 项目资金 of a declaration: by source (财政拨款 / 其他资金) and by level (中央/省级/市级/县级),
 * this year's figures beside last year's. {@link #statedTotal} is the 资金总额 the form states;
 * {@link #partsTotal()} is what its parts add up to. Neither overwrites the other.
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

    /** 财政拨款 and 其他资金: the 资金总额 by source. */
    public List<Amount> sourceParts() {
        return List.of(fiscalAppropriation, otherFunds);
    }

    /** 中央、省级、市级、县级 this year: the 资金总额 by level. */
    public List<Amount> levelParts() {
        return List.of(centralThisYear, provincialThisYear, cityThisYear, countyThisYear);
    }

    /**
     * What the parts add up to: 财政拨款 + 其他资金 where either is given, else the levels; empty
     * when no part is given or one of the counted parts is not a number (review points at that cell).
     */
    public Optional<BigDecimal> partsTotal() {
        Optional<BigDecimal> bySource = sum(sourceParts());
        return anyGiven(sourceParts()) ? bySource : sum(levelParts());
    }

    /**
     * 资金总额, the project's declared budget (年初预算数 of a later stage, the 项目支出 it adds
     * to): the stated one when one is typed, else {@link #partsTotal()}, else empty.
     */
    public Amount budget() {
        if (!statedTotal.isEmpty()) {
            return statedTotal;
        }
        return partsTotal().map(Amount::of).orElse(Amount.EMPTY);
    }

    /**
     * 资金总额 against each set of its parts (by source, by level) that is given and adds up
     * otherwise: a stated total against both; with none stated, the levels against 财政拨款 + 其他资金.
     * Review reports these and the editor shows them, in the same words.
     */
    public List<PartsMismatch> partsMismatches() {
        List<PartsMismatch> out = new ArrayList<>();
        Optional<BigDecimal> total = budget().value();
        String totalLabel = statedTotal.isEmpty() ? "资金总额（财政拨款 + 其他资金）" : "资金总额";
        if (total.isEmpty()) {
            return out;
        }
        if (!statedTotal.isEmpty()) {
            compare(out, totalLabel, total.get(), "财政拨款 + 其他资金", sourceParts());
        }
        compare(out, totalLabel, total.get(), "中央、省级、市级、县级资金之和", levelParts());
        return out;
    }

    /** A 资金总额 that one set of its parts does not add up to. */
    public record PartsMismatch(String totalLabel, BigDecimal total, String partsLabel, BigDecimal partsSum) {
        /** For the clerk, in the editor and in review alike. */
        public String message() {
            return totalLabel + "为" + MoneyText.plain(total) + "万元，" + partsLabel + "为" + MoneyText.plain(partsSum)
                    + "万元，两者应相等。";
        }
    }

    private static void compare(List<PartsMismatch> out, String totalLabel, BigDecimal total, String partsLabel, List<Amount> parts) {
        if (!anyGiven(parts)) {
            return;
        }
        sum(parts).filter(s -> s.compareTo(total) != 0).ifPresent(s -> out.add(new PartsMismatch(totalLabel, total, partsLabel, s)));
    }

    private static boolean anyGiven(List<Amount> parts) {
        return parts.stream().anyMatch(a -> !a.isEmpty());
    }

    /** The sum of the given parts; empty when none is given or one is not a number. */
    static Optional<BigDecimal> sum(List<Amount> parts) {
        if (!anyGiven(parts) || parts.stream().anyMatch(a -> !a.isEmpty() && a.value().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(parts.stream().map(Amount::valueOrZero).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
