package cn.jixiao.importing;

import cn.jixiao.documents.FormReader;
import cn.jixiao.documents.PoiLogging;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.Edit;
import cn.jixiao.importing.source.ImportRefusal;
import cn.jixiao.importing.source.SourceDocument;
import cn.jixiao.importing.source.SourceReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * 导入表格: brings the clerk's Word and Excel forms into the unit. {@link #preview} reads the
 * documents (each read whole or refused whole) and lists their forms; {@link #plan} proposes for
 * each form 新建项目 or 合并到 the project of the same name; {@link #changes} shows what a merge
 * changes field by field; {@link #apply} makes the whole plan one {@link Edit} (one undo step) that
 * adds the projects, merges, creates the years missing and links each new project to last year's
 * of the same name. Our own exports come back through their field bindings exactly; stated
 * figures are kept as stated. Nothing is written before {@code apply}'s edit is performed.
 */
public final class FormImport {
    /** The one undo step's name. */
    public static final String EDIT_NAME = "导入表格";

    public FormImport() {
    }

    /** Reads every document; a document that cannot be read whole is refused with the reason. */
    public List<DocumentPreview> preview(List<Path> files, Unit unit, ImportProgress progress) {
        List<DocumentPreview> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            progress.reached(i, files.size(), files.get(i));
            out.add(preview(files.get(i), unit));
        }
        progress.reached(files.size(), files.size(), null);
        return out;
    }

    /**
     * One document: its forms, or why none of it can be imported. The file is read (and vetted:
     * size, passwords, bombs, WPS formats) by {@link SourceReader}; one of our own exports then
     * comes back through its field bindings, any other layout through {@link FormRecogniser}.
     * Our own workbooks are only vetted, not read into tables: {@link FormReader} parses them, once
     * (the 300-project declaration workbook took two parses of every sheet, docs/benchmarks.md).
     */
    public DocumentPreview preview(Path file, Unit unit) {
        PoiLogging.quiet();
        try {
            Optional<Map<String, String>> workbook = SourceReader.vetWorkbook(file);
            if (workbook.isPresent() && workbook.get().containsKey(FormReader.FORM)) {
                Optional<DocumentPreview> own = ownWorkbook(file, unit);
                if (own.isPresent()) {
                    return own.get();
                }
            }
            SourceDocument source = SourceReader.read(file);
            if (source.properties().containsKey(FormReader.FORM) && source.format() == SourceDocument.Format.DOCX) {
                Optional<DocumentPreview> own = own(file, unit);
                if (own.isPresent()) {
                    return own.get();
                }
            }
            List<FormPreview> forms = new ArrayList<>();
            for (FoundForm found : FormRecogniser.recognise(source, unit)) {
                forms.add(FoundForms.preview(file, found, unit));
            }
            return forms.isEmpty() ? noForm(file) : DocumentPreview.read(file, forms);
        } catch (ImportRefusal r) {
            return DocumentPreview.refused(file, r.getMessage());
        } catch (IOException | RuntimeException e) {
            // a file that passed the reader's checks and still cannot be read: never the library's own words
            return DocumentPreview.refused(file, "“" + file.getFileName() + "”的内容无法读取，可能已损坏；请用 Word 或 Excel 打开检查后另存再导入。");
        }
    }

    /** One of our own exports through its field bindings; empty when the file has none left (then its tables are recognised). */
    private static Optional<DocumentPreview> own(Path file, Unit unit) throws IOException {
        return own(file, FormReader.read(file), unit);
    }

    private static Optional<DocumentPreview> own(Path file, FormReader.Result own, Unit unit) {
        if (own.origin().isPresent() && !own.values().isEmpty()) {
            return Optional.of(DocumentPreview.own(file, OwnForms.forms(file, own, unit), own.origin().get()));
        }
        return Optional.empty();
    }

    /** As {@link #own}, for a workbook only vetted: a bound cell's text over 1 MB is refused as in a table. */
    private static Optional<DocumentPreview> ownWorkbook(Path file, Unit unit) throws IOException, ImportRefusal {
        FormReader.Result own = FormReader.read(file);
        for (FormReader.Value v : own.values()) {
            SourceReader.checkCellText(file, v.place(), v.text());
        }
        return own(file, own, unit);
    }

    private static DocumentPreview noForm(Path file) {
        return DocumentPreview.refused(file, "“" + file.getFileName() + "”中未找到项目表格。");
    }

    /**
     * The plan the preview starts from: a project form goes into the project of its year with the
     * same name when the unit has one (a form imported again updates rather than doubles), else
     * becomes a new project.
     */
    public ImportPlan plan(Unit unit, List<DocumentPreview> documents) {
        return plan(unit, documents, OptionalInt.empty());
    }

    /** As {@link #plan(Unit, List)}, every form going into {@code year} when one is given (the command line's --year). */
    public ImportPlan plan(Unit unit, List<DocumentPreview> documents, OptionalInt year) {
        ImportPlan plan = new ImportPlan(documents);
        year.ifPresent(plan::overrideYear);
        for (FormPreview f : plan.forms()) {
            if (f.isProject() && plan.year(f).isPresent()) {
                Importing.candidates(unit, f.name(), plan.year(f).getAsInt()).stream()
                        .filter(p -> Importing.sameName(p.name, f.name())).findFirst()
                        .ifPresent(p -> plan.choose(f, new ImportChoice.MergeInto(p)));
            }
        }
        return plan;
    }

    /** The projects a form may be merged into, for the year it goes into ({@link FormPreview#candidates} for the stated one). */
    public List<Project> candidates(Unit unit, FormPreview form, int year) {
        return form.isProject() ? Importing.candidates(unit, form.name(), year) : List.of();
    }

    /**
     * What importing this form as the plan says changes in the unit, field by field (old → new):
     * for a merge, every field of the project (and of its indicators and rows) the form changes;
     * for a unit-level form, every field of the year's forms and the unit's empty fields it fills;
     * empty for a new project and for a form left out.
     */
    public List<FieldChange> changes(Unit unit, ImportPlan plan, FormPreview form) {
        OptionalInt year = plan.year(form);
        if (year.isEmpty() || plan.skips(form)) {
            return List.of();
        }
        return built(unit, plan, form).changes(form.isProject());
    }

    /**
     * What importing this form as the plan says guesses or cannot place beyond the form's own reading
     * ({@link FormPreview#guesses}): a 基础数据表 line's 对应项目 taken by name, or none found.
     */
    public List<String> notes(Unit unit, ImportPlan plan, FormPreview form) {
        return plan.year(form).isEmpty() || plan.skips(form) ? List.of() : built(unit, plan, form).notes();
    }

    /** The form built alone; a unit-level form after the project forms of its year, whose projects its lines link to. */
    private static ImportBuild built(Unit unit, ImportPlan plan, FormPreview form) {
        ImportBuild build = new ImportBuild(unit, plan.documents());
        if (!form.isProject()) {
            plan.imported().stream().filter(f -> f.isProject() && plan.year(f).equals(plan.year(form)))
                    .forEach(f -> build.add(f, plan.choice(f), plan.year(f).getAsInt()));
        }
        build.add(form, plan.choice(form), plan.year(form).getAsInt());
        return build;
    }

    /**
     * The whole plan as one edit, to be performed on the window's {@link cn.jixiao.editing.EditHistory}
     * (or applied to a unit file): forms go in year by year, so a new project finds last year's
     * project of the same name even when both come in now; two new forms of one project (its
     * 申报表 and 自评表) of one year make one project.
     *
     * @throws IllegalStateException with the plan's problems, in Chinese, when it has any
     */
    public Edit apply(Unit unit, ImportPlan plan) {
        List<String> problems = plan.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
        // a form left out (不导入) is not built at all: a document whose every form is left out writes nothing
        List<FormPreview> forms = new ArrayList<>(plan.imported());
        forms.sort(Comparator.comparingInt(f -> plan.year(f).getAsInt()));
        ImportBuild build = new ImportBuild(unit, plan.documents());
        for (FormPreview f : forms) {
            build.add(f, plan.choice(f), plan.year(f).getAsInt());
        }
        return build.edit(EDIT_NAME);
    }
}
