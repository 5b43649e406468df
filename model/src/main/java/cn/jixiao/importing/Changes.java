package cn.jixiao.importing;

import cn.jixiao.domain.BasicDataRowKind;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.fields.BasicDataFields;
import cn.jixiao.fields.Field;
import cn.jixiao.fields.FieldCatalogue;
import cn.jixiao.fields.FieldKind;
import cn.jixiao.fields.Owner;
import cn.jixiao.fields.Rows;

import java.util.List;

/**
 * 合并的变化: old → new, field by field, walked through the field catalogue (its fields and its
 * lists of rows), so every field a form can carry is compared and labelled as the editors label it.
 */
final class Changes {
    private static final Rows.Context NO_CONTEXT = new Rows.Context(null, null, "", "");

    private Changes() {
    }

    /** A project and the copy a merge made of it. */
    static void project(Project before, Project after, List<FieldChange> out) {
        walk(Owner.PROJECT, before, after, "", out, AS_STORED);
        for (Indicator i : after.indicators) {
            Indicator old = before.indicators.stream().filter(b -> b.id.equals(i.id)).findFirst().orElse(null);
            String name = i.name.isBlank() ? "第" + (after.indicators.indexOf(i) + 1) + "个" : "“" + i.name + "”";
            walk(Owner.INDICATOR, old, i, (old == null ? "新增三级指标" : "三级指标") + name + " ", out, AS_STORED);
        }
    }

    /**
     * A year's unit-level forms and own fields, and the copies an import set; a 基础数据表 line's
     * 对应项目 shown by the name of the project it stands for (among {@code projects}), its 行类别 by title.
     */
    static void level(FiscalYear before, FiscalYear after, List<Project> projects, List<FieldChange> out) {
        Shown shown = (f, v) -> {
            if (f == BasicDataFields.ROW_PROJECT) {
                return v.isBlank() ? "" : projects.stream().filter(p -> p.lineage.equals(v)).map(p -> p.name).findFirst().orElse("（不在本年度的项目）");
            }
            return f == BasicDataFields.ROW_KIND && !v.isBlank() ? BasicDataRowKind.of(v).title : v;
        };
        walk(Owner.YEAR, before, after, "年度 ", out, shown);
        walk(Owner.OVERALL, before.overall, after.overall, "部门整体 ", out, shown);
        walk(Owner.BASIC_DATA, before.basicData, after.basicData, "基础数据表 ", out, shown);
        walk(Owner.REPORT, before.report, after.report, "自评报告 ", out, shown);
        for (Indicator i : after.overall.indicators) {
            Indicator old = before.overall.indicators.stream().filter(b -> b.id.equals(i.id)).findFirst().orElse(null);
            walk(Owner.INDICATOR, old, i, (old == null ? "部门整体新增三级指标" : "部门整体三级指标") + "“" + i.name + "” ", out, shown);
        }
    }

    /** A field's stored text as the clerk reads it (a link by the name it links to). */
    private interface Shown {
        String text(Field<?> field, String stored);
    }

    private static final Shown AS_STORED = (f, v) -> v;

    /** A flag as the clerk reads it (是 / 否), never the stored 'true' / 'false'. */
    private static String yesNo(Field<?> field, String stored) {
        return field.kind() == FieldKind.FLAG && !stored.isEmpty() ? (Boolean.parseBoolean(stored) ? "是" : "否") : stored;
    }

    /** Every field of an owner (and of its rows, row by row) whose text differs; {@code before} null for a new one. */
    private static void walk(Owner owner, Object before, Object after, String prefix, List<FieldChange> out, Shown shown) {
        for (Field<?> f : FieldCatalogue.fields(owner)) {
            // a new row's unset flag is its default (否), not a change from nothing
            String was = before == null ? (f.kind() == FieldKind.FLAG ? "false" : "") : f.read(before);
            String now = f.read(after);
            if (!was.equals(now)) {
                out.add(new FieldChange(prefix + f.label(), shown.text(f, yesNo(f, was)), shown.text(f, yesNo(f, now))));
            }
        }
        for (Rows<?> r : FieldCatalogue.rowsOf(owner)) {
            if (r.child() == Owner.INDICATOR || r.child() == Owner.MONITORING || r.child() == Owner.INDICATOR_MONITORING) {
                // indicators are matched by id above; monitoring is not imported
                continue;
            }
            List<Rows.Row> was = before == null ? List.of() : r.rows(NO_CONTEXT, before);
            List<Rows.Row> now = r.rows(NO_CONTEXT, after);
            for (Rows.Row row : now) {
                Object old = was.stream().filter(w -> w.index() == row.index()).map(Rows.Row::item).findFirst().orElse(null);
                walk(r.child(), old, row.item(), prefix + r.label() + "第" + (row.index() + 1) + "行 ", out, shown);
            }
        }
    }
}
