package cn.jixiao.documents.layout;

import cn.jixiao.documents.FieldText;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataTable;
import cn.jixiao.domain.ExpenseLine;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.ScheduleItem;
import cn.jixiao.domain.SelfEvaluationReport;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.fields.Field;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.fields.Owner;

/**
 * A field's value as a layout prints it (stripped, blank when empty), bound to the field and to
 * the project, indicator or row it belongs to: the one way a layout puts a field on a form, so
 * every printed value can be read back ({@link cn.jixiao.documents.FormReader}).
 */
final class Bound {
    private Bound() {
    }

    private static <O> FieldText value(Field<O> f, O owner, FieldAddress at) {
        String text;
        try {
            text = Text.of(f.get(owner));
        } catch (NullPointerException e) {
            // a part of the data left null (a unit built in code, not read from a file): a blank cell, as before
            text = "";
        }
        return FieldText.value(text, at);
    }

    static FieldText unit(Unit u, Field<Unit> f) {
        return value(f, u, new FieldAddress(Owner.UNIT, "", "", f.path()));
    }

    static FieldText year(FiscalYear y, Field<FiscalYear> f) {
        return value(f, y, new FieldAddress(Owner.YEAR, "", "", f.path()));
    }

    static FieldText project(Project p, Field<Project> f) {
        return value(f, p, new FieldAddress(Owner.PROJECT, p.id, "", f.path()));
    }

    /** A field of an indicator of a project, or of the 部门整体 when {@code p} is null. */
    static FieldText indicator(Project p, Indicator i, Field<Indicator> f) {
        return value(f, i, new FieldAddress(Owner.INDICATOR, p == null ? "" : p.id, i.id, f.path()));
    }

    /**
     * A field the indicators {@code under} share as printed once for all of them (their 一级 or 二级,
     * in a cell merged over their rows), bound to each; of a project, or of the 部门整体 when {@code p}
     * is null. The text is the first one's value: the form groups indicators by it.
     */
    static FieldText indicators(Project p, java.util.List<Indicator> under, Field<Indicator> f) {
        FieldText first = indicator(p, under.get(0), f);
        if (under.size() == 1) {
            return first;
        }
        return FieldText.value(first.text(), FieldAddress.shared(p == null ? "" : p.id,
                under.stream().map(i -> i.id).toList(), f.path()));
    }

    static FieldText overall(UnitOverall o, Field<UnitOverall> f) {
        return value(f, o, new FieldAddress(Owner.OVERALL, "", "", f.path()));
    }

    static FieldText basicData(BasicDataTable t, Field<BasicDataTable> f) {
        return value(f, t, new FieldAddress(Owner.BASIC_DATA, "", "", f.path()));
    }

    /** A field of row {@code k} of the 基础数据表. */
    static FieldText basicDataRow(int k, BasicDataRow r, Field<BasicDataRow> f) {
        return value(f, r, new FieldAddress(Owner.BASIC_DATA, "", "", "rows[" + k + "]." + f.path()));
    }

    /** A field of 支出明细 line {@code k} of a project. */
    static FieldText expenseLine(Project p, int k, ExpenseLine e, Field<ExpenseLine> f) {
        return value(f, e, new FieldAddress(Owner.PROJECT, p.id, "", "expenseLines[" + k + "]." + f.path()));
    }

    /** A field of 实施进度 line {@code k} of a project. */
    static FieldText schedule(Project p, int k, ScheduleItem s, Field<ScheduleItem> f) {
        return value(f, s, new FieldAddress(Owner.PROJECT, p.id, "", "schedule[" + k + "]." + f.path()));
    }

    static FieldText report(SelfEvaluationReport r, Field<SelfEvaluationReport> f) {
        return value(f, r, new FieldAddress(Owner.REPORT, "", "", f.path()));
    }

    /**
     * Keeps the values of the one-field texts given in {@code doc} without printing them
     * ({@link cn.jixiao.documents.FormDocument.Carried}): what the form shows only by implication.
     */
    static void carry(cn.jixiao.documents.FormDocument doc, FieldText... values) {
        for (FieldText v : values) {
            v.bindings().forEach(b -> doc.carry(b.at(), v.text()));
        }
    }

    /** A field of 一级 weight {@code k} of a project, or of the 部门整体 when {@code p} is null. */
    static FieldText categoryWeight(Project p, int k, cn.jixiao.domain.CategoryWeight w, Field<cn.jixiao.domain.CategoryWeight> f) {
        return value(f, w, new FieldAddress(p == null ? Owner.OVERALL : Owner.PROJECT, p == null ? "" : p.id, "",
                "categoryWeights[" + k + "]." + f.path()));
    }

    /**
     * The 一级 each weight a self-evaluation prints ('产出指标（50分）') belongs to, of a project or of the
     * 部门整体 when {@code p} is null: carried, as the cell prints the name bound to the indicators
     * under it and the weight bound to the weight ({@link IndicatorRows.Whose#weighted}).
     */
    static void carryWeights(cn.jixiao.documents.FormDocument doc, Project p, java.util.List<cn.jixiao.domain.CategoryWeight> weights) {
        if (weights == null) {
            return;
        }
        for (int k = 0; k < weights.size(); k++) {
            if (weights.get(k) != null) {
                carry(doc, categoryWeight(p, k, weights.get(k), cn.jixiao.fields.LineFields.WEIGHT_CATEGORY));
            }
        }
    }

    /**
     * What a project's self-evaluation shows of its 一级 only in their cells: the 一级 each printed weight
     * belongs to, and which 一级 share one cell (the cell's shape).
     */
    static void carryCategories(cn.jixiao.documents.FormDocument doc, Project p) {
        carryWeights(doc, p, p.categoryWeights);
        if (p.mergedCategories != null && !p.mergedCategories.isEmpty()) {
            carry(doc, project(p, cn.jixiao.fields.ProjectFields.MERGED_CATEGORIES));
        }
    }

    /**
     * A tick-box option's label ('延续项目') with the field's value bound inside it when the box is
     * ticked and the label shows the value ('延续'): the value the tick stands for comes back with it.
     */
    static FieldText option(String label, FieldText value, boolean ticked) {
        int at = value.text().isEmpty() ? -1 : label.indexOf(value.text());
        if (!ticked || at < 0) {
            return FieldText.plain(label);
        }
        return FieldText.of(label.substring(0, at), value, label.substring(at + value.text().length()));
    }

    /** The first candidate with text, else the first: where a form prints a project's value or else the unit's. */
    static FieldText first(FieldText... candidates) {
        for (FieldText c : candidates) {
            if (!c.text().isBlank()) {
                return c;
            }
        }
        return candidates[0];
    }

    /** The stated value when there is one, else a figure computed from others (not a field's value: unbound). */
    static FieldText or(FieldText stated, String computed) {
        return stated.text().isBlank() ? FieldText.plain(computed) : stated;
    }

    /** The 部门整体's goals, one a line, blank ones left out: bound when that is the field's whole value. */
    static FieldText goals(UnitOverall o, java.util.List<String> printed) {
        FieldText all = overall(o, cn.jixiao.fields.OverallFields.GOALS);
        String text = String.join("\n", printed);
        return all.text().equals(text) ? all : FieldText.plain(text);
    }
}
