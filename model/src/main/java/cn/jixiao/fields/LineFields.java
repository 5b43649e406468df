package cn.jixiao.fields;

import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.ExpenseLine;
import cn.jixiao.domain.ScheduleItem;

import static cn.jixiao.domain.Stage.DECLARATION;
import static cn.jixiao.domain.Stage.SELF_EVALUATION;
import static cn.jixiao.fields.FieldKind.LONG_TEXT;
import static cn.jixiao.fields.FieldKind.SCORE;
import static cn.jixiao.fields.FieldKind.TEXT;

/** The lines a project lists: 支出明细预算, 实施进度计划, and the 一级 weights of a self-evaluation. */
public final class LineFields {
    private LineFields() {
    }

    public static final Field<ExpenseLine> EXPENSE_ITEM = Field.text(Owner.EXPENSE_LINE, ExpenseLine.class, "item", "支出明细",
            DECLARATION, TEXT, e -> e.item, (e, v) -> e.item = v);
    public static final Field<ExpenseLine> EXPENSE_LAST_YEAR = Field.amount(Owner.EXPENSE_LINE, ExpenseLine.class, "lastYear",
            "上年度安排资金", DECLARATION, e -> e.lastYear, (e, v) -> e.lastYear = v);
    public static final Field<ExpenseLine> EXPENSE_THIS_YEAR = Field.amount(Owner.EXPENSE_LINE, ExpenseLine.class, "thisYear",
            "本年度申请资金", DECLARATION, e -> e.thisYear, (e, v) -> e.thisYear = v);
    public static final Field<ExpenseLine> EXPENSE_BASIS = Field.text(Owner.EXPENSE_LINE, ExpenseLine.class, "basis",
            "测算依据及说明", DECLARATION, LONG_TEXT, e -> e.basis, (e, v) -> e.basis = v);

    public static final Field<ScheduleItem> SCHEDULE_CONTENT = Field.text(Owner.SCHEDULE_ITEM, ScheduleItem.class, "content",
            "实施内容", DECLARATION, LONG_TEXT, s -> s.content, (s, v) -> s.content = v);
    public static final Field<ScheduleItem> SCHEDULE_START = Field.text(Owner.SCHEDULE_ITEM, ScheduleItem.class, "start",
            "开始时间", DECLARATION, TEXT, s -> s.start, (s, v) -> s.start = v);
    public static final Field<ScheduleItem> SCHEDULE_END = Field.text(Owner.SCHEDULE_ITEM, ScheduleItem.class, "end",
            "完成时间", DECLARATION, TEXT, s -> s.end, (s, v) -> s.end = v);

    public static final Field<CategoryWeight> WEIGHT_CATEGORY = Field.text(Owner.CATEGORY_WEIGHT, CategoryWeight.class,
            "category", "一级指标", SELF_EVALUATION, TEXT, c -> c.category, (c, v) -> c.category = v);
    public static final Field<CategoryWeight> WEIGHT = Field.text(Owner.CATEGORY_WEIGHT, CategoryWeight.class, "weight",
            "一级指标分值", SELF_EVALUATION, SCORE, c -> c.weight, (c, v) -> c.weight = v);
}
