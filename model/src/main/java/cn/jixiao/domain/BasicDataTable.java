package cn.jixiao.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 基础数据表 (部门整体支出绩效评价基础数据表) of one year. */
public class BasicDataTable {
    /** 编制数 (authorizedStaff). */
    public String authorizedStaff = "";
    /** 实际在职人数 (actualStaff). */
    public String actualStaff = "";
    /** 控制率 as stated ('95.04%'). */
    public String statedControlRate = "";
    public List<BasicDataRow> rows = new ArrayList<>();
    /** 厉行节约保障措施. */
    public String savingMeasures = "";
    /** 说明 printed under the table. */
    public String note = "";
    public Signature signature = new Signature();

    /** 编制数 as this table states it, else as the unit's information states it (the printed form does the same). */
    public String authorizedStaff(Unit unit) {
        return first(authorizedStaff, unit == null ? null : unit.authorizedStaff);
    }

    /** 实际在职人数 as this table states it, else as the unit's information states it. */
    public String actualStaff(Unit unit) {
        return first(actualStaff, unit == null ? null : unit.actualStaff);
    }

    /** 控制率 = 实际在职人数 / 编制数 (115/121 = 95.04%), as a fraction ({@link Percent}). */
    public Optional<BigDecimal> controlRate(Unit unit) {
        return Percent.ratio(MoneyText.parsePlain(MoneyText.fold(actualStaff(unit))),
                MoneyText.parsePlain(MoneyText.fold(authorizedStaff(unit))));
    }

    private static String first(String own, String unitWide) {
        if (own != null && !own.isBlank()) {
            return own.strip();
        }
        return unitWide == null ? "" : unitWide.strip();
    }

    /**
     * The lines that add up to the subtotal at {@code index}: the lines after it whose kind is one
     * of its {@link BasicDataRowKind#parts()}, stepping over the kinds it {@link BasicDataRowKind#passes()},
     * up to the first line of any other kind. So a 专项 heading adds up its own project lines only,
     * and 三公经费 adds 公务用车 (not its 购置 and 运行维护 again), 出国 and 接待.
     */
    public List<BasicDataRow> partsOf(int index) {
        BasicDataRowKind kind = rows.get(index).kind();
        List<BasicDataRow> parts = new ArrayList<>();
        for (int k = index + 1; k < rows.size() && rows.get(k) != null; k++) {
            BasicDataRowKind next = rows.get(k).kind();
            if (kind.parts().contains(next)) {
                parts.add(rows.get(k));
            } else if (!kind.passes().contains(next)) {
                break;
            }
        }
        return parts;
    }

    /**
     * The subtotal at {@code index} as its parts add up, each part by {@link #figure}: empty for a
     * line that is no subtotal, when no part holds a figure, or when a part holds text that is no
     * amount (the sum is then unknown, and review reports the text).
     */
    public Optional<BigDecimal> computed(int index, BasicDataColumn column) {
        if (rows.get(index) == null || !rows.get(index).kind().isSubtotal()) {
            return Optional.empty();
        }
        BigDecimal total = null;
        for (BasicDataRow part : partsOf(index)) {
            Amount a = column.get(part);
            if (!a.isEmpty() && a.meant().isEmpty()) {
                return Optional.empty();
            }
            Optional<BigDecimal> v = figure(rows.indexOf(part), column);
            if (v.isPresent()) {
                total = total == null ? v.get() : total.add(v.get());
            }
        }
        return Optional.ofNullable(total);
    }

    /** A line's figure: the stated one, else (a subtotal left blank) what its parts add up to. */
    public Optional<BigDecimal> figure(int index, BasicDataColumn column) {
        return column.get(rows.get(index)).meant().or(() -> computed(index, column));
    }

    /** A stated subtotal beside the sum of its parts, when both are known and differ. */
    public Optional<SubtotalMismatch> mismatch(int index, BasicDataColumn column) {
        if (rows.get(index) == null) {
            return Optional.empty();
        }
        Optional<BigDecimal> stated = column.get(rows.get(index)).meant();
        Optional<BigDecimal> sum = computed(index, column);
        if (stated.isEmpty() || sum.isEmpty() || stated.get().compareTo(sum.get()) == 0) {
            return Optional.empty();
        }
        return Optional.of(new SubtotalMismatch(index, column, stated.get(), sum.get(), partsOf(index).size()));
    }

    /** Every stated subtotal of the table that its parts do not add up to, line by line and column by column. */
    public List<SubtotalMismatch> mismatches() {
        List<SubtotalMismatch> out = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            for (BasicDataColumn c : BasicDataColumn.values()) {
                mismatch(k, c).ifPresent(out::add);
            }
        }
        return out;
    }

    /** A subtotal line whose stated figure is not what its {@code parts} lines add up to. */
    public record SubtotalMismatch(int index, BasicDataColumn column, BigDecimal stated, BigDecimal sum, int parts) {
    }
}
