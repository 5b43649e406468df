package cn.jixiao.domain;

/**
 * One line of the 基础数据表's 经费控制情况 block: a label and three money columns
 * (上年决算, 本年预算, 本年决算). {@link #kind} says what the line is, so subtotals and project
 * rows can be computed; {@link #projectLineage} links a project row to its project.
 */
public class BasicDataRow {
    /** The {@link BasicDataRowKind#code} of the line, as stored; read it through {@link #kind()}. */
    public String kind = BasicDataRowKind.OTHER.code;
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

    public BasicDataRow(BasicDataRowKind kind, String label) {
        this(kind.code, label);
    }

    public BasicDataRowKind kind() {
        return BasicDataRowKind.of(kind);
    }

    public boolean is(BasicDataRowKind k) {
        return kind() == k;
    }
}
