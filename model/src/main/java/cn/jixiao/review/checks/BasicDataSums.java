package cn.jixiao.review.checks;

import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataTable;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Severity;

import java.util.List;

/**
 * The subtotal rows of the 基础数据表 against the rows under them, column by column, by the
 * table's own rule ({@link BasicDataTable#mismatches()}), the one the editor shows too. A blank
 * subtotal is not checked (the form leaves some blank); a part that is not a number stops the comparison.
 */
public final class BasicDataSums extends BaseCheck {
    public BasicDataSums() {
        super("BASIC_DATA_SUM_MISMATCH", Severity.WARNING, "基础数据表的小计与其明细行之和不一致");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        BasicDataTable table = y.basicData;
        return table.mismatches().stream().map(m -> {
            BasicDataRow row = table.rows.get(m.index());
            return onUnit(y, FieldRef.basicDataRow(m.index(), m.column().field), Names.BASIC_DATA,
                    "“" + row.label + "”的" + m.column().title + "填的是" + m.column().get(row).text() + "万元，其下" + m.parts()
                            + "行之和为" + Numbers.show(m.sum()) + "万元，两者应相等。");
        }).toList();
    }
}
