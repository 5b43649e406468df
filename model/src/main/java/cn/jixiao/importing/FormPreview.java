package cn.jixiao.importing;

import cn.jixiao.documents.FormReader;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.Project;
import cn.jixiao.importing.source.SourceCell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * 表单预览: one form found in a document chosen for import, as the preview lists it: a project
 * form (申报表 / 自评表 / a project's line of the 公开清单) with its year, name, amount and
 * indicator tree, or one of the year's unit-level forms (部门整体, 基础数据表, 自评报告) brought
 * back from our own export. Every cell that could not be placed and every guess made travel with it.
 * What it carries is a list of field values at the preview's own addresses, set through the field
 * catalogue when imported, so a new project and a merge are filled alike.
 */
public final class FormPreview {
    private final Path document;
    private final String place;
    private final String kind;
    private final OptionalInt year;
    private final Project project;
    private final String name;
    private final List<SourceCell> unplaced;
    private final List<cn.jixiao.importing.FoundForm.Guess> guesses;
    private final List<Project> candidates;
    private final List<FormReader.Value> values;

    FormPreview(Path document, String place, String kind, OptionalInt year, Project project, String name,
                List<SourceCell> unplaced, List<FoundForm.Guess> guesses, List<Project> candidates,
                List<FormReader.Value> values) {
        this.document = document;
        this.place = place;
        this.kind = kind;
        this.year = year;
        this.project = project;
        this.name = name;
        this.unplaced = List.copyOf(unplaced);
        this.guesses = List.copyOf(guesses);
        this.candidates = List.copyOf(candidates);
        this.values = List.copyOf(values);
    }

    /** The document the form was found in. */
    public Path document() {
        return document;
    }

    /** Where in the document, in Chinese ("第1个表格", "工作表“申报表”", "第3个项目"). */
    public String place() {
        return place;
    }

    /** What form it is, in Chinese ("申报表", "自评表", "部门整体支出绩效目标申报表", …). */
    public String kind() {
        return kind;
    }

    /** True for a project's form; false for a unit-level form (部门整体, 基础数据表, 自评报告, 单位信息). */
    public boolean isProject() {
        return project != null;
    }

    /** The year the document states; empty when it states none (the plan must then give one). */
    public OptionalInt year() {
        return year;
    }

    /** The project as read (name, funds, goals, indicator tree); empty for a unit-level form. Not to be changed. */
    public Optional<Project> project() {
        return Optional.ofNullable(project);
    }

    /** The project's name, or the unit-level form's title. */
    public String name() {
        return name;
    }

    /** 金额: the project's budget as stated (资金总额, else the self-evaluation's 预算数, else the 公开清单's amount); empty for a unit-level form. */
    public Amount amount() {
        if (project == null) {
            return Amount.EMPTY;
        }
        Amount budget = project.budget();
        return budget.isEmpty() ? project.disclosureAmount : budget;
    }

    /** 三级指标 rows read. */
    public int indicatorCount() {
        return project == null ? 0 : project.indicators.size();
    }

    /** Every non-blank cell that could not be placed, to be shown, never dropped silently. */
    public List<SourceCell> unplaced() {
        return unplaced;
    }

    /** Every guess made (a mapped 二级, a year taken from the title, a value kept aside …). */
    public List<FoundForm.Guess> guesses() {
        return guesses;
    }

    /**
     * 可合并的项目 for the year the document states: the unit's projects of that year with the
     * same name (spacing and full-width forms aside), and those continuing (same lineage) last
     * year's project of that name. Empty for a unit-level form, which always goes into its year.
     */
    public List<Project> candidates() {
        return candidates;
    }

    /**
     * True for the part of a project form's document that is neither a project nor a unit-level
     * form: the unit's and the year's own fields in its header (单位名称, 公开清单's title). Imported
     * with the rest; not a form to list on its own.
     */
    public boolean isUnitInformation() {
        return project == null && values.stream().allMatch(v -> v.at().root() == cn.jixiao.fields.Owner.UNIT
                || v.at().root() == cn.jixiao.fields.Owner.YEAR);
    }

    /** The field values the form carries, at the preview's own addresses (its project's and indicators' ids). */
    List<FormReader.Value> values() {
        return values;
    }

    @Override
    public String toString() {
        return document.getFileName() + " " + place + " " + kind + " " + name;
    }
}
