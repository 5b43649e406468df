package cn.jixiao.unitinfo;

import cn.jixiao.domain.Unit;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * 单位信息: the unit's own fields as the clerk fills them in, once, for the guided form (新建本单位)
 * and the unit editor alike: each with its Chinese label, its name in the unit file (as review
 * findings point at it) and what it accepts.
 */
public enum UnitField {
    NAME("单位名称", "name", Rule.REQUIRED, u -> u.name, (u, v) -> u.name = v),
    CODE("单位代码", "code", Rule.CODE, u -> u.code, (u, v) -> u.code = v),
    SUPERVISING_DEPARTMENT("主管部门", "supervisingDepartment", Rule.TEXT, u -> u.supervisingDepartment, (u, v) -> u.supervisingDepartment = v),
    AUTHORIZED_STAFF("编制数", "authorizedStaff", Rule.COUNT, u -> u.authorizedStaff, (u, v) -> u.authorizedStaff = v),
    ACTUAL_STAFF("实有人数", "actualStaff", Rule.COUNT, u -> u.actualStaff, (u, v) -> u.actualStaff = v),
    INTERNAL_DIVISIONS("内设机构数", "internalDivisions", Rule.COUNT, u -> u.internalDivisions, (u, v) -> u.internalDivisions = v),
    FUNCTIONS_SUMMARY("职能职责", "functionsSummary", Rule.LONG_TEXT, u -> u.functionsSummary, (u, v) -> u.functionsSummary = v),
    PREPARER("填报人", "preparer", Rule.TEXT, u -> u.preparer, (u, v) -> u.preparer = v),
    PHONE("联系电话", "phone", Rule.PHONE, u -> u.phone, (u, v) -> u.phone = v),
    HEAD("单位负责人", "head", Rule.TEXT, u -> u.head, (u, v) -> u.head = v),
    LIAISON("绩效联络员", "liaison", Rule.TEXT, u -> u.liaison, (u, v) -> u.liaison = v),
    LIAISON_PHONE("联络员电话", "liaisonPhone", Rule.PHONE, u -> u.liaisonPhone, (u, v) -> u.liaisonPhone = v);

    /** What a field accepts. */
    public enum Rule { REQUIRED, TEXT, LONG_TEXT, CODE, COUNT, PHONE }

    private static final Pattern COUNT = Pattern.compile("\\d{1,6}");
    private static final Pattern PHONE_TEXT = Pattern.compile("[0-9＋+（）()\\- 转]{7,24}");
    private static final Pattern CODE_TEXT = Pattern.compile("[0-9A-Za-z\\-]{1,30}");

    private final String label;
    private final String key;
    private final Rule rule;
    private final Function<Unit, String> getter;
    private final BiConsumer<Unit, String> setter;

    UnitField(String label, String key, Rule rule, Function<Unit, String> getter, BiConsumer<Unit, String> setter) {
        this.label = label;
        this.key = key;
        this.rule = rule;
        this.getter = getter;
        this.setter = setter;
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
        return getter.apply(u);
    }

    public void set(Unit u, String value) {
        setter.accept(u, value);
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
