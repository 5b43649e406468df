package cn.jixiao.unitinfo;

import cn.jixiao.fields.Field;
import cn.jixiao.fields.UnitFields;
import cn.jixiao.domain.Unit;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 单位信息: the unit's own fields as the clerk fills them in, once, for the guided form (新建本单位)
 * and the unit editor alike: each a catalogue field ({@link UnitFields}: label, name in the unit
 * file as review findings point at it, getter and setter) with what it accepts.
 */
public enum UnitField {
    NAME(UnitFields.NAME, Rule.REQUIRED),
    CODE(UnitFields.CODE, Rule.CODE),
    SUPERVISING_DEPARTMENT(UnitFields.SUPERVISING_DEPARTMENT, Rule.TEXT),
    AUTHORIZED_STAFF(UnitFields.AUTHORIZED_STAFF, Rule.COUNT),
    ACTUAL_STAFF(UnitFields.ACTUAL_STAFF, Rule.COUNT),
    INTERNAL_DIVISIONS(UnitFields.INTERNAL_DIVISIONS, Rule.COUNT),
    FUNCTIONS_SUMMARY(UnitFields.FUNCTIONS_SUMMARY, Rule.LONG_TEXT),
    PREPARER(UnitFields.PREPARER, Rule.TEXT),
    PHONE(UnitFields.PHONE, Rule.PHONE),
    HEAD(UnitFields.HEAD, Rule.TEXT),
    LIAISON(UnitFields.LIAISON, Rule.TEXT),
    LIAISON_PHONE(UnitFields.LIAISON_PHONE, Rule.PHONE);

    /** What a field accepts. */
    public enum Rule { REQUIRED, TEXT, LONG_TEXT, CODE, COUNT, PHONE }

    private static final Pattern COUNT = Pattern.compile("\\d{1,6}");
    private static final Pattern PHONE_TEXT = Pattern.compile("[0-9＋+（）()\\- 转]{7,24}");
    private static final Pattern CODE_TEXT = Pattern.compile("[0-9A-Za-z\\-]{1,30}");

    private final String label;
    private final String key;
    private final Rule rule;
    private final Field<Unit> field;

    UnitField(Field<Unit> field, Rule rule) {
        this.label = field.label();
        this.key = field.path();
        this.rule = rule;
        this.field = field;
    }

    public String label() {
        return label;
    }

    /** The field's name in the unit file and in review findings ({@code FieldRef.unit(key)}). */
    public String key() {
        return key;
    }

    public Rule rule() {
        return rule;
    }

    public String get(Unit u) {
        return field.get(u);
    }

    public void set(Unit u, String value) {
        field.set(u, value);
    }

    /** The field with this key, e.g. for a review finding's field. */
    public static Optional<UnitField> byKey(String key) {
        for (UnitField f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** What is wrong with the value, in words for the clerk next to the field; empty when it is fine. */
    public Optional<String> problem(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return rule == Rule.REQUIRED ? Optional.of("请填写" + label + "。") : Optional.empty();
        }
        return switch (rule) {
            case REQUIRED, TEXT -> v.length() > 100 ? Optional.of(label + "最多100个字。") : Optional.empty();
            case LONG_TEXT -> v.length() > 4000 ? Optional.of(label + "最多4000个字。") : Optional.empty();
            case CODE -> CODE_TEXT.matcher(v).matches() ? Optional.empty()
                    : Optional.of(label + "只能由数字、字母和“-”组成，例如 430400001 或统一社会信用代码。");
            case COUNT -> COUNT.matcher(v).matches() ? Optional.empty()
                    : Optional.of(label + "请填整数（人数或个数），例如 35。");
            case PHONE -> PHONE_TEXT.matcher(v).matches() ? Optional.empty()
                    : Optional.of(label + "请填电话号码（至少7位数字，可带区号和“-”），例如 0734-8861058。");
        };
    }
}
