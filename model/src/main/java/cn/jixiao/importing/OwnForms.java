package cn.jixiao.importing;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.FormKind;
import cn.jixiao.documents.FormLayouts;
import cn.jixiao.documents.FormReader;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.fields.FieldCatalogue;
import cn.jixiao.fields.Owner;
import cn.jixiao.fields.ProjectFields;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * 本程序导出的表单: a document this program exported (possibly edited by hand and saved again),
 * read exactly through the field bindings it carries ({@link FormReader}), not through its layout:
 * each project it shows becomes one {@link FormPreview}, the values of the unit-level forms (部门整体,
 * 基础数据表, 自评报告, the year's and the unit's own fields) one more.
 */
final class OwnForms {
    private OwnForms() {
    }

    /**
     * The forms of a read export; empty when it binds no field. The layouts bind every value they
     * print, an indicator's 一级 and 二级 too (once, in a cell merged over the indicators under it),
     * so nothing of the file's tables needs recognising.
     */
    static List<FormPreview> forms(Path file, FormReader.Result read, Unit unit) {
        FormDocument.Origin origin = read.origin().orElseThrow();
        OptionalInt year = origin.year() > 0 ? OptionalInt.of(origin.year()) : OptionalInt.empty();
        String title = FormLayouts.title(origin.form()).orElse("表单");
        Map<String, List<FormReader.Value>> byProject = new LinkedHashMap<>();
        List<FormReader.Value> unitLevel = new ArrayList<>();
        for (FormReader.Value v : read.values()) {
            FieldAddress at = v.at();
            boolean ofProject = at.root() == Owner.PROJECT || (at.root() == Owner.INDICATOR && !at.projectId().isEmpty());
            if (ofProject) {
                byProject.computeIfAbsent(at.projectId(), k -> new ArrayList<>()).add(v);
            } else {
                unitLevel.add(v);
            }
        }
        List<FormPreview> out = new ArrayList<>();
        int number = 0;
        for (List<FormReader.Value> values : byProject.values()) {
            number++;
            out.add(project(file, origin, year, "第" + number + "个项目", values, unit));
        }
        if (!unitLevel.isEmpty()) {
            boolean header = unitLevel.stream().allMatch(v -> v.at().root() == Owner.UNIT || v.at().root() == Owner.YEAR);
            String name = header ? "单位信息" : title;
            out.add(new FormPreview(file, header ? "表头" : "", name, year, null, name, List.of(), List.of(), List.of(), unitLevel));
        }
        return out;
    }

    /** One project's values moved onto a new project of their own (fresh ids), which the preview shows. */
    private static FormPreview project(Path file, FormDocument.Origin origin, OptionalInt year, String place,
                                       List<FormReader.Value> values, Unit unit) {
        Project p = new Project();
        FiscalYear scratch = new FiscalYear(year.orElse(0));
        scratch.projects.add(p);
        Map<String, String> indicators = new HashMap<>();
        List<FormReader.Value> moved = new ArrayList<>();
        List<FoundForm.Guess> guesses = new ArrayList<>();
        int monitoring = 0;
        for (FormReader.Value v : values) {
            FieldAddress at = v.at();
            String indicator = at.indicatorId().isEmpty() ? "" : indicators.computeIfAbsent(at.indicatorId(), k -> UUID.randomUUID().toString());
            FieldAddress to = new FieldAddress(at.root(), p.id, indicator, at.path());
            if (Importing.isMonitoring(to)) {
                monitoring++;
                continue;
            }
            var located = FieldCatalogue.locateOrAdd(new Unit(), scratch, to);
            if (located.isEmpty()) {
                guesses.add(new FoundForm.Guess("", "“" + at.path() + "”不是本程序认识的字段，未导入：" + v.text()));
                continue;
            }
            located.get().set(v.text());
            moved.add(new FormReader.Value(to, v.text()));
        }
        if (monitoring > 0) {
            guesses.add(new FoundForm.Guess("", Importing.monitoringNotImported(monitoring)));
        }
        if (origin.form().equals(FormKind.SELF_EVALUATION.id())) {
            // the layouts print a self-evaluation's figures, not that it was started: a 自评表 is one
            FieldAddress started = new FieldAddress(Owner.PROJECT, p.id, "", ProjectFields.SE_STARTED.path());
            p.selfEvaluation.started = true;
            moved.add(new FormReader.Value(started, "true"));
        }
        String kind = kindOf(origin.form());
        List<Project> candidates = year.isPresent() ? Importing.candidates(unit, p.name, year.getAsInt()) : List.of();
        return new FormPreview(file, place, kind, year, p, p.name, List.of(), guesses, candidates, moved);
    }

    private static String kindOf(String form) {
        if (form.equals(FormKind.SELF_EVALUATION.id())) {
            return FoundForm.Kind.SELF_EVALUATION.label();
        }
        if (form.equals(FormKind.DECLARATION.id())) {
            return FoundForm.Kind.DECLARATION.label();
        }
        return FormLayouts.title(form).orElse("表单");
    }
}
