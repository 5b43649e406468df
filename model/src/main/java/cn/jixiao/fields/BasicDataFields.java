package cn.jixiao.fields;

import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataTable;

import static cn.jixiao.domain.Stage.SELF_EVALUATION;
import static cn.jixiao.fields.FieldKind.CHOICE;
import static cn.jixiao.fields.FieldKind.COUNT;
import static cn.jixiao.fields.FieldKind.LONG_TEXT;
import static cn.jixiao.fields.FieldKind.RATE;
import static cn.jixiao.fields.FieldKind.TEXT;

/** 基础数据表: its own fields and those of each 经费控制情况 row. */
public final class BasicDataFields {
    private BasicDataFields() {
    }

    private static Field<BasicDataTable> table(String path, String label, FieldKind kind,
                                               java.util.function.Function<BasicDataTable, String> get,
                                               java.util.function.BiConsumer<BasicDataTable, String> set) {
        return Field.text(Owner.BASIC_DATA, BasicDataTable.class, path, label, SELF_EVALUATION, kind, get, set);
    }

    public static final Field<BasicDataTable> AUTHORIZED_STAFF = table("authorizedStaff", "编制数", COUNT,
            t -> t.authorizedStaff, (t, v) -> t.authorizedStaff = v);
    public static final Field<BasicDataTable> ACTUAL_STAFF = table("actualStaff", "实际在职人数", COUNT,
            t -> t.actualStaff, (t, v) -> t.actualStaff = v);
    public static final Field<BasicDataTable> STATED_CONTROL_RATE = table("statedControlRate", "控制率", RATE,
            t -> t.statedControlRate, (t, v) -> t.statedControlRate = v);
    public static final Field<BasicDataTable> SAVING_MEASURES = table("savingMeasures", "厉行节约保障措施", LONG_TEXT,
            t -> t.savingMeasures, (t, v) -> t.savingMeasures = v);
    public static final Field<BasicDataTable> NOTE = table("note", "说明", LONG_TEXT, t -> t.note, (t, v) -> t.note = v);
    public static final Field<BasicDataTable> PREPARER = table("signature.preparer", "填表人", TEXT,
            t -> t.signature.preparer, (t, v) -> t.signature.preparer = v);
    public static final Field<BasicDataTable> PHONE = table("signature.phone", "联系电话", TEXT,
            t -> t.signature.phone, (t, v) -> t.signature.phone = v);
    public static final Field<BasicDataTable> DATE = table("signature.date", "填报日期", TEXT,
            t -> t.signature.date, (t, v) -> t.signature.date = v);
    public static final Field<BasicDataTable> HEAD = table("signature.head", "单位负责人签字", TEXT,
            t -> t.signature.head, (t, v) -> t.signature.head = v);

    public static final Field<BasicDataRow> ROW_KIND = Field.text(Owner.BASIC_DATA_ROW, BasicDataRow.class, "kind", "行类别",
            SELF_EVALUATION, CHOICE, r -> r.kind, (r, v) -> r.kind = v);
    public static final Field<BasicDataRow> ROW_LABEL = Field.text(Owner.BASIC_DATA_ROW, BasicDataRow.class, "label", "项目",
            SELF_EVALUATION, TEXT, r -> r.label, (r, v) -> r.label = v);
    public static final Field<BasicDataRow> ROW_PROJECT = Field.text(Owner.BASIC_DATA_ROW, BasicDataRow.class, "projectLineage",
            "对应项目", SELF_EVALUATION, CHOICE, r -> r.projectLineage, (r, v) -> r.projectLineage = v);
    public static final Field<BasicDataRow> LAST_YEAR_FINAL = Field.amount(Owner.BASIC_DATA_ROW, BasicDataRow.class,
            "lastYearFinal", "上年决算数", SELF_EVALUATION, r -> r.lastYearFinal, (r, v) -> r.lastYearFinal = v);
    public static final Field<BasicDataRow> THIS_YEAR_BUDGET = Field.amount(Owner.BASIC_DATA_ROW, BasicDataRow.class,
            "thisYearBudget", "本年预算数", SELF_EVALUATION, r -> r.thisYearBudget, (r, v) -> r.thisYearBudget = v);
    public static final Field<BasicDataRow> THIS_YEAR_FINAL = Field.amount(Owner.BASIC_DATA_ROW, BasicDataRow.class,
            "thisYearFinal", "本年决算数", SELF_EVALUATION, r -> r.thisYearFinal, (r, v) -> r.thisYearFinal = v);
}
