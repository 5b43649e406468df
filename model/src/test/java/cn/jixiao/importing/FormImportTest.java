package cn.jixiao.importing;

import cn.jixiao.documents.DocxWriter;
import cn.jixiao.documents.FormLayouts;
import cn.jixiao.documents.XlsxWriter;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.EditHistory;
import cn.jixiao.fields.ProjectFields;
import cn.jixiao.projects.ProjectListEdits;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.UnitFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 导入表格 through its service: preview, the plan's merge with old → new, one undo step, lineage, other layouts, refusals. */
class FormImportTest {
    private static final String JIYAO = "机要工作经费";

    @TempDir
    Path dir;

    private final FormImport importer = new FormImport();

    /** The declaration (2021) or self-evaluation (2022) of one project of the sample, as our own export. */
    private Path export(Unit sample, int year, String form, String style, String project, String format) throws IOException {
        FiscalYear y = sample.year(year).orElseThrow();
        var docs = FormLayouts.find(form, style).orElseThrow().documents(sample, y, List.of(y.project(project).orElseThrow()), 0);
        Path file = dir.resolve(form + year + "." + format);
        if (format.equals("docx")) {
            DocxWriter.write(docs, file);
        } else {
            XlsxWriter.write(docs, file);
        }
        return file;
    }

    @Test
    void aFormMergedIntoItsProjectShowsOldToNewAndIsUndoneInOneStep() throws IOException {
        Unit sample = Samples.load(Samples.DEFAULT);
        Path form = export(sample, 2021, "declaration", "hengyang-2021", JIYAO, "docx");
        Project old = sample.year(2021).orElseThrow().project(JIYAO).orElseThrow();
        String goal = old.annualGoal.strip();
        String firstIndicator = old.indicators.get(0).id;
        String firstTarget = old.indicators.get(0).target.strip();
        old.annualGoal = "旧目标";
        old.indicators.get(0).target = "旧指标值";
        Path file = dir.resolve("u.jixiao");
        try (UnitFile f = UnitFile.createWith(file, sample)) {
            EditHistory history = new EditHistory(f);
            FiscalYear y = sample.year(2021).orElseThrow();
            int projects = y.projects.size();

            List<DocumentPreview> preview = importer.preview(List.of(form), sample, ImportProgress.NONE);
            FormPreview found = preview.get(0).forms().get(0);
            assertEquals(JIYAO, found.name());
            assertEquals(2021, found.year().getAsInt());
            assertEquals(List.of(old), found.candidates());
            ImportPlan plan = importer.plan(sample, preview);
            ImportChoice choice = plan.choice(found);
            assertInstanceOf(ImportChoice.MergeInto.class, choice, "a form of an existing project merges by default");
            assertEquals("合并到“" + JIYAO + "”", choice.label());

            List<FieldChange> changes = importer.changes(sample, plan, found);
            assertTrue(changes.contains(new FieldChange(ProjectFields.ANNUAL_GOAL.label(), "旧目标", goal)), changes::toString);
            assertTrue(changes.stream().anyMatch(c -> c.before().equals("旧指标值") && c.after().equals(firstTarget)
                    && c.label().startsWith("三级指标“")), changes::toString);
            assertEquals("旧目标", old.annualGoal, "showing the changes changes nothing");

            history.perform(importer.apply(sample, plan));
            Project merged = y.project(JIYAO).orElseThrow();
            assertEquals(projects, y.projects.size(), "merged, not added");
            assertEquals(goal, merged.annualGoal);
            assertEquals(firstIndicator, merged.indicators.get(0).id, "the indicator matched keeps its id");
            assertEquals(firstTarget, merged.indicators.get(0).target);
            assertEquals(old.indicators.size(), merged.indicators.size());
            assertEquals(old.id, merged.id);
            assertEquals(old.lineage, merged.lineage);

            assertEquals(FormImport.EDIT_NAME, history.undoDescription().orElseThrow());
            history.undo();
            assertSame(old, y.project(JIYAO).orElseThrow());
            assertEquals("旧目标", old.annualGoal);
            assertFalse(history.canUndo(), "one step");
        }
        Project saved = UnitFile.read(file).year(2021).orElseThrow().project(JIYAO).orElseThrow();
        assertEquals("旧目标", saved.annualGoal, "the undo was saved");
        assertEquals("旧指标值", saved.indicators.get(0).target);
    }

    /**
     * An indicator is the same indicator when the form words its 二级 otherwise (another framework's
     * name for it): merging matches it by its 三级 and keeps its id, it does not add a second one.
     */
    @Test
    void anIndicatorWhose二级TheFormWordsOtherwiseIsMergedNotAddedAgain() throws IOException {
        Unit sample = Samples.load(Samples.DEFAULT);
        Path form = export(sample, 2021, "declaration", "hengyang-2021", JIYAO, "xlsx");
        Project old = sample.year(2021).orElseThrow().project(JIYAO).orElseThrow();
        List<String> ids = old.indicators.stream().map(i -> i.id).toList();
        old.indicators.forEach(i -> i.subcategory = "本单位的" + i.subcategory);
        List<DocumentPreview> preview = importer.preview(List.of(form), sample, ImportProgress.NONE);
        ImportPlan plan = importer.plan(sample, preview);
        Path file = dir.resolve("renamed.jixiao");
        try (UnitFile f = UnitFile.createWith(file, sample)) {
            new EditHistory(f).perform(importer.apply(sample, plan));
        }
        Project merged = UnitFile.read(file).year(2021).orElseThrow().project(JIYAO).orElseThrow();
        assertEquals(ids, merged.indicators.stream().map(i -> i.id).toList(), "the same indicators, none added");
        assertFalse(merged.indicators.get(0).subcategory.startsWith("本单位的"), "the form's 二级 is taken, as old → new shows");
    }

    /** A field the form prints blank leaves the project's saved value as it is: merging loses nothing. */
    @Test
    void aBlankOnTheFormNeverClearsASavedValue() throws IOException {
        Unit sample = Samples.load(Samples.DEFAULT);
        Path form = export(sample, 2021, "declaration", "hengyang-2021", JIYAO, "docx");
        FiscalYear y = sample.year(2021).orElseThrow();
        var blank = cn.jixiao.documents.FormReader.read(form).values().stream()
                .filter(v -> v.at().root() == cn.jixiao.fields.Owner.PROJECT && v.text().isBlank()).findFirst()
                .orElseThrow(() -> new AssertionError("the 2021 申报表 of " + JIYAO + " prints some field blank"));
        cn.jixiao.fields.FieldCatalogue.locate(sample, y, blank.at()).orElseThrow().set("已保存的内容");
        List<DocumentPreview> preview = importer.preview(List.of(form), sample, ImportProgress.NONE);
        ImportPlan plan = importer.plan(sample, preview);
        assertTrue(importer.changes(sample, plan, preview.get(0).forms().get(0)).stream()
                .noneMatch(c -> c.before().equals("已保存的内容")), "no change shown for it");
        Path file = dir.resolve("blank.jixiao");
        try (UnitFile f = UnitFile.createWith(file, sample)) {
            new EditHistory(f).perform(importer.apply(sample, plan));
        }
        Unit saved = UnitFile.read(file);
        assertEquals("已保存的内容", cn.jixiao.fields.FieldCatalogue.read(saved, saved.year(2021).orElseThrow(), blank.at()).orElseThrow());
    }

    @Test
    void aNewProjectOfANewYearContinuesLastYearsProjectOfTheSameName() throws IOException {
        Unit sample = Samples.load(Samples.DEFAULT);
        Path form = export(sample, 2022, "self-evaluation", "hengyang-2022", JIYAO, "xlsx");
        Project stated = sample.year(2022).orElseThrow().project(JIYAO).orElseThrow();
        sample.years.removeIf(y -> y.year > 2021);
        FiscalYear y2021 = sample.year(2021).orElseThrow();
        Project last = y2021.project(JIYAO).orElseThrow();
        Path file = dir.resolve("u.jixiao");
        try (UnitFile f = UnitFile.createWith(file, sample)) {
            EditHistory history = new EditHistory(f);
            ImportPlan plan = importer.plan(sample, importer.preview(List.of(form), sample, ImportProgress.NONE));
            assertInstanceOf(ImportChoice.CreateNew.class, plan.choice(plan.forms().get(0)));
            history.perform(importer.apply(sample, plan));
            Project imported = sample.year(2022).orElseThrow(() -> new AssertionError("year created")).project(JIYAO).orElseThrow();
            assertEquals(last.lineage, imported.lineage, "linked to 2021's project of the same name");
            assertNotEquals(last.id, imported.id);
            assertFalse(ProjectListEdits.notContinued(sample, y2021).contains(last), "开始下一年度 sees it continued");
            assertEquals(stated.selfEvaluation.funds.statedScore, imported.selfEvaluation.funds.statedScore, "stated figures kept");
            assertTrue(imported.selfEvaluation.started, "an imported 自评表 opens as a self-evaluation, not as one still to start (开始自评)");
            assertEquals(stated.indicators.stream().map(i -> i.selfEvaluation.score).toList(),
                    imported.indicators.stream().map(i -> i.selfEvaluation.score).toList());
            history.undo();
            assertTrue(sample.year(2022).isEmpty(), "undo takes the year away again");
        }
        assertTrue(UnitFile.read(file).year(2022).isEmpty());
    }

    @Test
    void aDeclarationAndASelfEvaluationOfOneProjectAndYearMakeOneProject() throws IOException {
        Unit sample = Samples.load(Samples.DEFAULT);
        Path declaration = export(sample, 2021, "declaration", "hengyang-2021", JIYAO, "docx");
        Path selfEvaluation = export(sample, 2022, "self-evaluation", "hengyang-2022", JIYAO, "docx");
        Path file = dir.resolve("u.jixiao");
        try (UnitFile f = UnitFile.createWith(file, new Unit())) {
            Unit unit = f.load();
            ImportPlan plan = importer.plan(unit, importer.preview(List.of(declaration, selfEvaluation), unit, ImportProgress.NONE));
            plan.overrideYear(2022);
            new EditHistory(f).perform(importer.apply(unit, plan));
            FiscalYear y = unit.year(2022).orElseThrow();
            assertEquals(1, y.projects.size());
            Project p = y.projects.get(0);
            Project declared = sample.year(2021).orElseThrow().project(JIYAO).orElseThrow();
            assertEquals(declared.annualGoal.strip(), p.annualGoal);
            assertFalse(p.selfEvaluation.funds.statedScore.isEmpty(), "the self-evaluation's figures went into the same project");
        }
    }

    @Test
    void aFormLeftOutWritesNothingOfItAndADocumentLeftOutWholeWritesNothing() throws IOException {
        Unit sample = Samples.load(Samples.DEFAULT);
        FiscalYear y = sample.year(2022).orElseThrow();
        Path both = dir.resolve("两个项目.docx");
        DocxWriter.write(FormLayouts.find("self-evaluation", "hengyang-2022").orElseThrow()
                .documents(sample, y, List.of(y.project(JIYAO).orElseThrow(), y.projects.get(0)), 0), both);
        Path file = dir.resolve("u.jixiao");
        try (UnitFile f = UnitFile.createWith(file, new Unit())) {
            Unit unit = f.load();
            ImportPlan plan = importer.plan(unit, importer.preview(List.of(both), unit, ImportProgress.NONE));
            FormPreview jiyao = plan.forms().stream().filter(x -> x.name().equals(JIYAO)).findFirst().orElseThrow();
            plan.choose(jiyao, new ImportChoice.Skip());
            assertEquals("不导入", plan.choice(jiyao).label());
            assertTrue(importer.changes(unit, plan, jiyao).isEmpty(), "a form left out changes nothing");
            new EditHistory(f).perform(importer.apply(unit, plan));
        }
        assertEquals(List.of(y.projects.get(0).name), UnitFile.read(file).year(2022).orElseThrow().projects.stream().map(p -> p.name).toList());

        Path untouched = dir.resolve("v.jixiao");
        try (UnitFile f = UnitFile.createWith(untouched, new Unit())) {
            Unit unit = f.load();
            ImportPlan plan = importer.plan(unit, importer.preview(List.of(both), unit, ImportProgress.NONE));
            plan.forms().forEach(x -> plan.choose(x, new ImportChoice.Skip()));
            plan.overrideYear(plan.forms().get(0), 1900);
            assertTrue(plan.problems().isEmpty(), "a form left out needs no valid year");
            new EditHistory(f).perform(importer.apply(unit, plan));
        }
        assertTrue(UnitFile.read(untouched).years.isEmpty(), "every form left out: no year, no project written");
    }

    @Test
    void aFormInAnotherCountysLayoutComesInThroughTheRecogniser() throws IOException {
        for (Path form : List.of(OtherLayoutFiles.docx(dir.resolve("养老.docx")), OtherLayoutFiles.xlsx(dir.resolve("养老.xlsx")))) {
            Path file = dir.resolve(form.getFileName() + ".jixiao");
            try (UnitFile f = UnitFile.createWith(file, new Unit())) {
                Unit unit = f.load();
                List<DocumentPreview> preview = importer.preview(List.of(form), unit, ImportProgress.NONE);
                assertFalse(preview.get(0).isRefused(), () -> preview.get(0).refusal().orElse(""));
                FormPreview found = preview.get(0).forms().get(0);
                assertEquals(OtherLayoutFiles.NAME, found.name());
                assertEquals(2023, found.year().getAsInt());
                assertEquals("50", found.amount().text());
                assertEquals(4, found.indicatorCount());
                new EditHistory(f).perform(importer.apply(unit, importer.plan(unit, preview)));
            }
            Project p = UnitFile.read(file).year(2023).orElseThrow().project(OtherLayoutFiles.NAME).orElseThrow();
            assertEquals(List.of("服务老人人数", "服务合格率", "老人生活质量", "老人满意度"), p.indicators.stream().map(i -> i.name).toList());
            assertEquals("≥200人", p.indicators.get(0).target);
            assertEquals("某县民政局", p.supervisingDepartment);
        }
    }

    @Test
    void aDocumentWithoutAFormIsRefusedByName() throws IOException {
        Path letter = dir.resolve("通知.docx");
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(letter)) {
            d.createParagraph().createRun().setText("关于做好2023年度预算绩效管理工作的通知");
            d.write(out);
        }
        List<String> told = new ArrayList<>();
        List<DocumentPreview> preview = importer.preview(List.of(letter), new Unit(),
                (done, total, file) -> told.add(done + "/" + total));
        assertEquals(List.of("0/1", "1/1"), told);
        assertEquals("“通知.docx”中未找到项目表格。", preview.get(0).refusal().orElseThrow());
        assertTrue(importer.plan(new Unit(), preview).forms().isEmpty());
    }

    @Test
    void aFormWithoutAYearCannotBeImportedUntilOneIsGiven() throws IOException {
        Path form = OtherLayoutFiles.docx(dir.resolve("无年度.docx"));
        Unit unit = new Unit();
        DocumentPreview d = importer.preview(form, unit);
        ImportPlan plan = importer.plan(unit, List.of(d));
        FormPreview f = plan.forms().get(0);
        plan.overrideYear(f, 2025);
        assertEquals(2025, plan.year(f).getAsInt());
        assertTrue(plan.problems().isEmpty());
        var edit = importer.apply(unit, plan);
        assertEquals(FormImport.EDIT_NAME, edit.description());
        assertTrue(unit.year(2025).isEmpty(), "nothing changes before the edit is performed");
        List<Indicator> none = List.of();
        assertEquals(none, unit.years.stream().flatMap(y -> y.projects.stream()).flatMap(p -> p.indicators.stream()).toList());
    }
}
