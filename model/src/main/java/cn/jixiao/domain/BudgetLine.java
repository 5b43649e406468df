package cn.jixiao.domain;

/** One line of a list of amounts as a form states it ('县市区长会议经费18万元'), optionally tied to a project. */
public class BudgetLine {
    public String label = "";
    public Amount amount = Amount.EMPTY;
    /** {@link Project#lineage} of the project the line belongs to, when known. */
    public String projectLineage = "";

    public BudgetLine() {
    }

    public BudgetLine(String label, Amount amount) {
        this.label = label;
        this.amount = amount;
    }
}
