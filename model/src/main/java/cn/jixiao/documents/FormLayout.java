package cn.jixiao.documents;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;

import java.util.List;

/**
 * One form in one style (版式, FormStyle): declares the rows, merges, labels and which field
 * goes where. Per-project forms render each selected project; the writers put a page break (docx)
 * or a new sheet (xlsx) between them.
 */
public interface FormLayout {
    /** The form it prints; {@link FormKind#id()} is the --form id. */
    FormKind form();

    /** The style it prints the form in; {@link FormStyle#id()} is the --style id. */
    FormStyle style();

    /** Chinese name of the form, e.g. 项目支出绩效目标申报表. */
    String title();

    /**
     * True for a form printed the same whatever style the unit or year sets (the monitoring forms,
     * of which there is one common template): it is used when the year's style has none of its own.
     */
    default boolean anyStyle() {
        return false;
    }

    /** True when the form is one per project. */
    boolean perProject();

    /**
     * The documents for the year: one per project (in the given order) for per-project forms,
     * else one for the whole year (the given projects are the ones it lists).
     */
    List<FormDocument> render(Unit unit, FiscalYear year, List<Project> projects);

    /**
     * As {@link #render(Unit, FiscalYear, List)}, for the monitoring period ending in {@code month}
     * (1–12; 0: each subject's latest). Forms of the other stages have no period and ignore it.
     */
    default List<FormDocument> render(Unit unit, FiscalYear year, List<Project> projects, int month) {
        return render(unit, year, projects);
    }

    /**
     * The documents as {@link #render(Unit, FiscalYear, List, int)} lays them out, each stamped with
     * its {@link FormDocument.Origin}: what the writers put into the file's properties.
     */
    default List<FormDocument> documents(Unit unit, FiscalYear year, List<Project> projects, int month) {
        List<FormDocument> docs = render(unit, year, projects, month);
        FormDocument.Origin origin = new FormDocument.Origin(unit == null ? "" : unit.id, unit == null ? "" : unit.name,
                year == null ? 0 : year.year, form().id(), style().id(), year == null ? "" : year.frameworkId);
        docs.forEach(d -> d.origin(origin));
        return docs;
    }
}
