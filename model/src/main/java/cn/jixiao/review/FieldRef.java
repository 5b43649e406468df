package cn.jixiao.review;

import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.fields.CatalogueEntry;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.fields.FieldCatalogue;
import cn.jixiao.fields.Owner;

/**
 * Where a finding points, so the window can open the form and select the field.
 *
 * @param kind        which part of the year the field is in
 * @param projectId   {@link Project#id}; empty for unit-level fields
 * @param indicatorId {@link Indicator#id} for {@link Kind#INDICATOR}; empty otherwise
 * @param field       the field's path as in the JSON document: "funds.statedTotal", "target",
 *                    "selfEvaluation.funds.executed", "rows[12].thisYearBudget", "sections[1].text"
 */
public record FieldRef(Kind kind, String projectId, String indicatorId, String field) {
    public enum Kind {
        /** A field of the unit itself (单位信息), e.g. supervisingDepartment. */
        UNIT_FIELD,
        /** A field of a project's declaration or self-evaluation outside its indicator rows. */
        PROJECT_FIELD,
        /** A field of the 部门整体 form. */
        OVERALL_FIELD,
        /** A field of one 三级 indicator row, of a project or (projectId empty) of the 部门整体. */
        INDICATOR,
        /** A row or cell of the 基础数据表; basicData fields outside rows use field names too. */
        BASIC_DATA_ROW,
        /** A section of the 自评报告. */
        REPORT_SECTION
    }

    public FieldRef {
        projectId = projectId == null ? "" : projectId;
        indicatorId = indicatorId == null ? "" : indicatorId;
        field = field == null ? "" : field;
    }

    /** The same place as a catalogue address, so the field it names can be found and read. */
    public FieldAddress address() {
        Owner root = switch (kind) {
            case UNIT_FIELD -> Owner.UNIT;
            case PROJECT_FIELD -> Owner.PROJECT;
            case OVERALL_FIELD -> Owner.OVERALL;
            case INDICATOR -> Owner.INDICATOR;
            case BASIC_DATA_ROW -> Owner.BASIC_DATA;
            case REPORT_SECTION -> Owner.REPORT;
        };
        return new FieldAddress(root, projectId, indicatorId, field);
    }

    /**
     * The place a catalogue address names, so that a remark on a field opens its form as a finding
     * does; empty for an address no form edits by itself (a year's own settings).
     */
    public static java.util.Optional<FieldRef> of(FieldAddress at) {
        Kind kind = switch (at.root()) {
            case UNIT -> Kind.UNIT_FIELD;
            case PROJECT -> Kind.PROJECT_FIELD;
            case OVERALL -> Kind.OVERALL_FIELD;
            case INDICATOR -> Kind.INDICATOR;
            case BASIC_DATA -> Kind.BASIC_DATA_ROW;
            case REPORT -> Kind.REPORT_SECTION;
            default -> null;
        };
        return kind == null ? java.util.Optional.empty()
                : java.util.Optional.of(new FieldRef(kind, at.projectId(), at.indicatorId(), at.path()));
    }

    /** The catalogue entry the place names: a field, or a list of rows ("indicators", "goals"). */
    public java.util.Optional<CatalogueEntry> entry() {
        return FieldCatalogue.find(address().root(), field);
    }

    public static FieldRef unit(String field) {
        return new FieldRef(Kind.UNIT_FIELD, "", "", field);
    }

    public static FieldRef project(Project p, String field) {
        return new FieldRef(Kind.PROJECT_FIELD, p.id, "", field);
    }

    /** An indicator of a project, or of the 部门整体 when {@code p} is null. */
    public static FieldRef indicator(Project p, Indicator i, String field) {
        return new FieldRef(Kind.INDICATOR, p == null ? "" : p.id, i.id, field);
    }

    public static FieldRef overall(String field) {
        return new FieldRef(Kind.OVERALL_FIELD, "", "", field);
    }

    public static FieldRef basicData(String field) {
        return new FieldRef(Kind.BASIC_DATA_ROW, "", "", field);
    }

    public static FieldRef basicDataRow(int row, String column) {
        return new FieldRef(Kind.BASIC_DATA_ROW, "", "", "rows[" + row + "]" + (column.isEmpty() ? "" : "." + column));
    }

    public static FieldRef report(String field) {
        return new FieldRef(Kind.REPORT_SECTION, "", "", field);
    }
}
