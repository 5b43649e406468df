package cn.jixiao.fields;

/**
 * 字段所属: what a field belongs to. A field's path (as the exchange JSON writes it and a finding
 * names it) starts at its owner; a row owner is reached from its parent through a list
 * ({@link Rows}): "rows[3].thisYearBudget" is the field thisYearBudget of row 3 of the 基础数据表.
 */
public enum Owner {
    /** 单位信息. */
    UNIT("单位"),
    /** 年度: the year's own settings. */
    YEAR("年度"),
    /** 项目: its declaration, funds and self-evaluation. */
    PROJECT("项目"),
    /** 三级指标 of a project or of the 部门整体. */
    INDICATOR("三级指标"),
    /** 部门整体. */
    OVERALL("部门整体"),
    /** 基础数据表 outside its rows. */
    BASIC_DATA("基础数据表"),
    /** One row of the 基础数据表's 经费控制情况. */
    BASIC_DATA_ROW("基础数据表行"),
    /** 支出明细预算 line of a project. */
    EXPENSE_LINE("支出明细"),
    /** 项目年度实施进度计划 line. */
    SCHEDULE_ITEM("实施进度"),
    /** The weight written beside an 一级 on a self-evaluation. */
    CATEGORY_WEIGHT("一级指标分值"),
    /** 自评报告 outside its sections. */
    REPORT("自评报告"),
    /** One section (or subsection) of the 自评报告. */
    REPORT_SECTION("自评报告章节"),
    /** One monitoring period (截至 X 月) of a project or of the 部门整体. */
    MONITORING("运行监控"),
    /** One indicator's record in a monitoring period. */
    INDICATOR_MONITORING("指标运行监控");

    private final String chinese;

    Owner(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
