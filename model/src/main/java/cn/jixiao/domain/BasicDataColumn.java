package cn.jixiao.domain;

/** The three money columns of the 基础数据表 (上年决算数, 本年预算数, 本年决算数). */
public enum BasicDataColumn {
    LAST_YEAR_FINAL("上年决算数", "lastYearFinal"),
    THIS_YEAR_BUDGET("本年预算数", "thisYearBudget"),
    THIS_YEAR_FINAL("本年决算数", "thisYearFinal");

    public final String title;
    /** The field's name in the exchange JSON and in a finding's path. */
    public final String field;

    BasicDataColumn(String title, String field) {
        this.title = title;
        this.field = field;
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
