package cn.jixiao.review.checks;

import cn.jixiao.domain.BasicDataTable;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Severity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** 基础数据表 控制率 = 实际在职人数 / 编制数 (115/121 = 95.04%). */
public final class ControlRate extends BaseCheck {
    public ControlRate() {
        super("CONTROL_RATE_MISMATCH", Severity.WARNING, "基础数据表的控制率与实际在职人数÷编制数不一致");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        BasicDataTable b = y.basicData;
        Optional<BigDecimal> stated = Numbers.percent(b.statedControlRate);
        Optional<BigDecimal> computed = b.controlRatePercent();
        if (stated.isEmpty() || computed.isEmpty()) {
            return List.of();
        }
        int scale = Math.max(stated.get().scale(), 0);
        if (Numbers.same(computed.get().setScale(scale, RoundingMode.HALF_UP), stated.get())) {
            return List.of();
        }
        return List.of(onUnit(y, FieldRef.basicData("statedControlRate"), Names.BASIC_DATA, "控制率填的是“"
                + b.statedControlRate + "”，按实际在职人数" + b.actualStaff + "÷编制数" + b.authorizedStaff + "计算应为"
                + Numbers.show(computed.get()) + "%。"));
    }
}
