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
}
