package cn.jixiao.review.checks;

import cn.jixiao.domain.BasicDataTable;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Percent;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Severity;

import java.math.BigDecimal;
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
        Optional<BigDecimal> stated = Percent.stated(b.statedControlRate);
        Optional<BigDecimal> computed = b.controlRate(unit);
        if (stated.isEmpty() || computed.isEmpty() || Percent.agrees(stated.get(), computed.get())) {
            return List.of();
        }
        return List.of(onUnit(y, FieldRef.basicData("statedControlRate"), Names.BASIC_DATA, "控制率填的是“"
                + b.statedControlRate.strip() + "”，按实际在职人数" + b.actualStaff(unit) + "÷编制数" + b.authorizedStaff(unit)
                + "计算应为" + Percent.of(computed.get()) + "。"));
    }
}
