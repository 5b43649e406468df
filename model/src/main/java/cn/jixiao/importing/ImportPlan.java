package cn.jixiao.importing;

import cn.jixiao.domain.UnitRules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * 导入计划: what the clerk chose in the preview, per form: 新建项目, 合并到 an existing project or
 * 不导入, and the year, when it is not the one the document states. Made by {@link FormImport#plan} with
 * a choice for every form; refused documents have no forms and import nothing.
 */
public final class ImportPlan {
    private final List<DocumentPreview> documents;
    private final Map<FormPreview, ImportChoice> choices = new IdentityHashMap<>();
    private final Map<FormPreview, Integer> years = new IdentityHashMap<>();

    ImportPlan(List<DocumentPreview> documents) {
        this.documents = List.copyOf(documents);
    }

    public List<DocumentPreview> documents() {
        return documents;
    }

    /** Every form of the documents read, in document order. */
    public List<FormPreview> forms() {
        List<FormPreview> out = new ArrayList<>();
        documents.forEach(d -> out.addAll(d.forms()));
        return out;
    }

    /**
     * What becomes of a form: for a project form 新建项目, 合并到 or 不导入; a unit-level form goes into
     * its year ({@link ImportChoice.CreateNew} stands for that) or is left out ({@link ImportChoice.Skip}).
     */
    public ImportChoice choice(FormPreview form) {
        known(form);
        return choices.getOrDefault(form, new ImportChoice.CreateNew());
    }

    public void choose(FormPreview form, ImportChoice choice) {
        known(form);
        if (!form.isProject() && choice instanceof ImportChoice.MergeInto) {
            throw new IllegalArgumentException("“" + form.name() + "”不是项目表格，只能导入到它的年度");
        }
        choices.put(form, choice);
    }

    /** The year the form goes into: the one chosen, else the one the document states; empty when neither. */
    public OptionalInt year(FormPreview form) {
        known(form);
        Integer chosen = years.get(form);
        return chosen != null ? OptionalInt.of(chosen) : form.year();
    }

    /** True when the form is left out (不导入): nothing of it is written, and it needs no year. */
    public boolean skips(FormPreview form) {
        return choice(form) instanceof ImportChoice.Skip;
    }

    /** The forms that go in: every form but those left out, in document order. */
    public List<FormPreview> imported() {
        return forms().stream().filter(f -> !skips(f)).toList();
    }

    /** Puts the form into another year than the document states (a merge chosen for another year is undone). */
    public void overrideYear(FormPreview form, int year) {
        known(form);
        years.put(form, year);
        if (choices.get(form) instanceof ImportChoice.MergeInto) {
            choices.put(form, new ImportChoice.CreateNew());
        }
    }

    /** Every form into this year (the command line's --year). */
    public void overrideYear(int year) {
        forms().forEach(f -> overrideYear(f, year));
    }

    /** Why the plan cannot be imported as it stands, one Chinese sentence each; empty when it can. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (FormPreview f : imported()) {
            if (year(f).isEmpty()) {
                out.add("“" + f.document().getFileName() + "”" + f.place() + "的“" + f.name() + "”未写明年度，请指定导入到哪一年度。");
            } else if (year(f).getAsInt() < UnitRules.FIRST_YEAR || year(f).getAsInt() > UnitRules.LAST_YEAR) {
                out.add("“" + f.document().getFileName() + "”" + f.place() + "的年度" + year(f).getAsInt() + "不是有效的年度。");
            }
        }
        return out;
    }

    private void known(FormPreview form) {
        for (DocumentPreview d : documents) {
            for (FormPreview f : d.forms()) {
                if (f == form) {
                    return;
                }
            }
        }
        throw new IllegalArgumentException("not a form of this plan: " + form);
    }
}
