package cn.jixiao.fields;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;

import static cn.jixiao.fields.FieldKind.CHOICE;
import static cn.jixiao.fields.FieldKind.COUNT;
import static cn.jixiao.fields.FieldKind.LONG_TEXT;
import static cn.jixiao.fields.FieldKind.TEXT;

/** 单位信息 and the year's own settings: the fields every form of every stage may print. */
public final class UnitFields {
    private UnitFields() {
    }

    private static Field<Unit> unit(String path, String label, FieldKind kind,
                                    java.util.function.Function<Unit, String> get, java.util.function.BiConsumer<Unit, String> set) {
        return Field.text(Owner.UNIT, Unit.class, path, label, null, kind, get, set);
    }

    public static final Field<Unit> NAME = unit("name", "单位名称", TEXT, u -> u.name, (u, v) -> u.name = v);
    public static final Field<Unit> CODE = unit("code", "单位代码", TEXT, u -> u.code, (u, v) -> u.code = v);
    public static final Field<Unit> SUPERVISING_DEPARTMENT = unit("supervisingDepartment", "主管部门", TEXT,
            u -> u.supervisingDepartment, (u, v) -> u.supervisingDepartment = v);
    public static final Field<Unit> AUTHORIZED_STAFF = unit("authorizedStaff", "编制数", COUNT,
            u -> u.authorizedStaff, (u, v) -> u.authorizedStaff = v);
    public static final Field<Unit> ACTUAL_STAFF = unit("actualStaff", "实有人数", COUNT, u -> u.actualStaff, (u, v) -> u.actualStaff = v);
    public static final Field<Unit> INTERNAL_DIVISIONS = unit("internalDivisions", "内设机构数", COUNT,
            u -> u.internalDivisions, (u, v) -> u.internalDivisions = v);
    public static final Field<Unit> FUNCTIONS_SUMMARY = unit("functionsSummary", "职能职责", LONG_TEXT,
            u -> u.functionsSummary, (u, v) -> u.functionsSummary = v);
    public static final Field<Unit> PREPARER = unit("preparer", "填报人", TEXT, u -> u.preparer, (u, v) -> u.preparer = v);
    public static final Field<Unit> PHONE = unit("phone", "联系电话", TEXT, u -> u.phone, (u, v) -> u.phone = v);
    public static final Field<Unit> HEAD = unit("head", "单位负责人", TEXT, u -> u.head, (u, v) -> u.head = v);
    public static final Field<Unit> LIAISON = unit("liaison", "绩效联络员", TEXT, u -> u.liaison, (u, v) -> u.liaison = v);
    public static final Field<Unit> LIAISON_PHONE = unit("liaisonPhone", "联络员电话", TEXT, u -> u.liaisonPhone, (u, v) -> u.liaisonPhone = v);
    public static final Field<Unit> FORM_STYLE = unit("formStyle", "默认版式", CHOICE, u -> u.formStyle, (u, v) -> u.formStyle = v);

    private static Field<FiscalYear> year(String path, String label, FieldKind kind,
                                          java.util.function.Function<FiscalYear, String> get,
                                          java.util.function.BiConsumer<FiscalYear, String> set) {
        return Field.text(Owner.YEAR, FiscalYear.class, path, label, null, kind, get, set);
    }

    public static final Field<FiscalYear> YEAR_FRAMEWORK = year("frameworkId", "指标体系", CHOICE,
            y -> y.frameworkId, (y, v) -> y.frameworkId = v);
    public static final Field<FiscalYear> YEAR_FORM_STYLE = year("formStyle", "本年度版式", CHOICE, y -> y.formStyle, (y, v) -> y.formStyle = v);
    public static final Field<FiscalYear> DISCLOSURE_TITLE = year("disclosureTitle", "公开清单标题", TEXT,
            y -> y.disclosureTitle, (y, v) -> y.disclosureTitle = v);
    public static final Field<FiscalYear> DISCLOSURE_NOTE = year("disclosureNote", "公开清单注", TEXT,
            y -> y.disclosureNote, (y, v) -> y.disclosureNote = v);
}
