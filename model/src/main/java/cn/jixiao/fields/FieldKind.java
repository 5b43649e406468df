package cn.jixiao.fields;

/** 字段类型: what a field holds, so editors, review and readers treat it alike. */
public enum FieldKind {
    /** A line of text as written. */
    TEXT,
    /** Several lines of text (goals, summaries, causes). */
    LONG_TEXT,
    /** 金额 in 万元, kept as typed ({@link cn.jixiao.domain.Amount}). */
    AMOUNT,
    /** A rate as stated ('99.99%'): 执行率, 控制率. */
    RATE,
    /** 分值 or 得分 as written. */
    SCORE,
    /** A whole number of people or units as written (编制数). */
    COUNT,
    /** One of a few values (评价档次, 版式, 项目属性). */
    CHOICE,
    /** Yes or no, written "true" / "false". */
    FLAG,
    /** A list of lines (整体绩效目标), one value a line. */
    LINES
}
