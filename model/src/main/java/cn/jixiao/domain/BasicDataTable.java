package cn.jixiao.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /** 控制率 = 实际在职人数 / 编制数, as a percentage with two decimals. */
    public Optional<BigDecimal> controlRatePercent() {
        Optional<BigDecimal> a = MoneyText.parsePlain(MoneyText.fold(authorizedStaff));
        Optional<BigDecimal> r = MoneyText.parsePlain(MoneyText.fold(actualStaff));
        if (a.isEmpty() || r.isEmpty() || a.get().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(r.get().multiply(BigDecimal.valueOf(100)).divide(a.get(), 2, RoundingMode.HALF_UP));
    }
}
