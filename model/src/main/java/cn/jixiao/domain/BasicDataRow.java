package cn.jixiao.domain;

/**
 * One line of the 基础数据表's 经费控制情况 block: a label and three money columns
 * (上年决算, 本年预算, 本年决算). {@link #kind} says what the line is, so subtotals and project
 * rows can be computed; {@link #projectLineage} links a project row to its project.
 */
public class BasicDataRow {
    /** basic, public, public-part, three-public, vehicle, vehicle-purchase, vehicle-running,
     *  overseas, reception, project-total, category, project, procurement, other. */
    public String kind = "other";
    public String label = "";
    public String projectLineage = "";
    public Amount lastYearFinal = Amount.EMPTY;
    public Amount thisYearBudget = Amount.EMPTY;
    public Amount thisYearFinal = Amount.EMPTY;

    public BasicDataRow() {
    }

    public BasicDataRow(String kind, String label) {
        this.kind = kind;
        this.label = label;
    }
}
