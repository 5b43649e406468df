package cn.jixiao.domain;

/** 支出明细预算 line with its 测算依据及说明 (湘阴 layout). */
public class ExpenseLine {
    public String item = "";
    public Amount lastYear = Amount.EMPTY;
    public Amount thisYear = Amount.EMPTY;
    /** 测算依据及说明. */
    public String basis = "";
}
