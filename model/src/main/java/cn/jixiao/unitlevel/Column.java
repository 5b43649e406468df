package cn.jixiao.unitlevel;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataRow;

/** The three money columns of the 基础数据表. */
public enum Column {
    LAST_YEAR_FINAL("上年决算数"),
    THIS_YEAR_BUDGET("本年预算数"),
    THIS_YEAR_FINAL("本年决算数");

    public final String title;

    Column(String title) {
        this.title = title;
    }

    /** The row's field this column holds, as the unit document and a review finding name it ("rows[3].thisYearBudget"). */
    public String field() {
        return switch (this) {
            case LAST_YEAR_FINAL -> "lastYearFinal";
            case THIS_YEAR_BUDGET -> "thisYearBudget";
            case THIS_YEAR_FINAL -> "thisYearFinal";
        };
    }

    public Amount get(BasicDataRow row) {
        return switch (this) {
            case LAST_YEAR_FINAL -> row.lastYearFinal;
            case THIS_YEAR_BUDGET -> row.thisYearBudget;
            case THIS_YEAR_FINAL -> row.thisYearFinal;
        };
    }

    public void set(BasicDataRow row, Amount value) {
        switch (this) {
            case LAST_YEAR_FINAL -> row.lastYearFinal = value;
            case THIS_YEAR_BUDGET -> row.thisYearBudget = value;
            case THIS_YEAR_FINAL -> row.thisYearFinal = value;
        }
    }
}
