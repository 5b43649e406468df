package cn.jixiao.importing;

import cn.jixiao.documents.DocxWriter;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.FormLayout;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.documents.Table;
import cn.jixiao.documents.XlsxWriter;
import cn.jixiao.documents.layout.SeedFidelity;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.EditHistory;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.fields.FieldCatalogue;
import cn.jixiao.fields.Owner;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.UnitFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Acceptance of 导入表格 for our own forms: each of the 48 seed forms, exported by the program as
 * Word and as Excel, imported through {@link FormImport} into an empty unit file, equals the
 * sample's data in every field the form shows: every bound address's value in the sample is the
 * imported unit's value at the address it was mapped to (the k-th project and the k-th indicator
 * of the form are the k-th ones imported), read back from the saved file.
 */
class OwnFormsRoundTripTest {
    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> everySeedFormComesBackFromWordAndExcel() {
        return SeedFidelity.manifest().stream().flatMap(e -> Stream.of(
                DynamicTest.dynamicTest(e + " docx", () -> roundTrip(e, "docx")),
                DynamicTest.dynamicTest(e + " xlsx", () -> roundTrip(e, "xlsx"))));
    }

    private static void roundTrip(SeedFidelity.Entry e, String format) throws Exception {
        Unit sample = Samples.load(e.sample());
        FiscalYear year = sample.year(e.year()).orElseThrow();
        List<Project> projects = e.project().isEmpty() ? year.projects : List.of(year.project(e.project()).orElseThrow());
        FormLayout layout = SeedFidelity.layout(e.form(), e.style());
        List<FormDocument> docs = layout.documents(sample, year, projects, 0);
        Path document = dir.resolve(e.key() + "." + format);
        if (format.equals("docx")) {
            DocxWriter.write(docs, document);
        } else {
            XlsxWriter.write(docs, document);
        }

        Path unitFile = dir.resolve(e.key() + "-" + format + ".jixiao");
        FormImport importer = new FormImport();
        try (UnitFile f = UnitFile.createWith(unitFile, new Unit())) {
            Unit unit = f.load();
            List<DocumentPreview> preview = importer.preview(List.of(document), unit, ImportProgress.NONE);
            assertFalse(preview.get(0).isRefused(), () -> e + ": " + preview.get(0).refusal().orElse(""));
            ImportPlan plan = importer.plan(unit, preview);
            assertTrue(plan.problems().isEmpty(), () -> e + ": " + plan.problems());
            new EditHistory(f).perform(importer.apply(unit, plan));
        }
        Unit imported = UnitFile.read(unitFile);
        FiscalYear into = imported.year(e.year()).orElseThrow(() -> new AssertionError(e + ": year not created"));

        List<FieldAddress> bound = new ArrayList<>();
        for (FormDocument d : docs) {
            for (FormDocument.Block b : d.blocks) {
                if (b instanceof Table t) {
                    t.rows().forEach(r -> r.cells().forEach(c -> c.bindings().stream().flatMap(x -> x.at().each().stream()).forEach(bound::add)));
                } else if (b instanceof Paragraph p) {
                    p.bindings().stream().flatMap(x -> x.at().each().stream()).forEach(bound::add);
                }
            }
        }
        assertFalse(bound.isEmpty(), e + ": the form binds no field");
        Map<String, String> projectIds = new LinkedHashMap<>();
        Map<String, Set<String>> indicatorIds = new LinkedHashMap<>();
        for (FieldAddress at : bound) {
            boolean ofProject = at.root() == Owner.PROJECT || (at.root() == Owner.INDICATOR && !at.projectId().isEmpty());
            if (ofProject) {
                if (!projectIds.containsKey(at.projectId())) {
                    projectIds.put(at.projectId(), into.projects.get(projectIds.size()).id);
                }
            }
            if (!at.indicatorId().isEmpty()) {
                indicatorIds.computeIfAbsent(at.projectId(), k -> new LinkedHashSet<>()).add(at.indicatorId());
            }
        }
        assertEquals(projectIds.size(), into.projects.size(), e + ": one project imported for each project the form shows");
        int checked = 0;
        for (FieldAddress at : bound) {
            if (at.path().startsWith("monitoring[") || at.path().contains(".monitoring[")) {
                continue;
            }
            String project = at.projectId().isEmpty() ? "" : projectIds.get(at.projectId());
            String indicator = "";
            if (!at.indicatorId().isEmpty()) {
                List<String> order = new ArrayList<>(indicatorIds.get(at.projectId()));
                List<cn.jixiao.domain.Indicator> list = project.isEmpty() ? into.overall.indicators
                        : into.projects.stream().filter(p -> p.id.equals(project)).findFirst().orElseThrow().indicators;
                indicator = list.get(order.indexOf(at.indicatorId())).id;
            }
            FieldAddress mapped = new FieldAddress(at.root(), project, indicator, at.path());
            String expected = FieldCatalogue.read(sample, year, at).orElseThrow(() -> new AssertionError(e + ": " + at)).strip();
            String actual = FieldCatalogue.read(imported, into, mapped)
                    .orElseThrow(() -> new AssertionError(e + ": " + at + " not imported")).strip();
            assertEquals(expected, actual, e + " " + format + ": " + FieldCatalogue.find(at.root(), at.path()).map(x -> x.label()).orElse("") + " " + at);
            checked++;
        }
        assertTrue(checked > 0, e + ": no field compared");
        // 一级 and 二级 are printed once in cells merged over their indicators: each indicator has them back
        for (Map.Entry<String, Set<String>> ids : indicatorIds.entrySet()) {
            if (ids.getKey().isEmpty()) {
                continue;
            }
            cn.jixiao.domain.Project from = year.projects.stream().filter(p -> p.id.equals(ids.getKey())).findFirst().orElseThrow();
            cn.jixiao.domain.Project to = into.projects.stream().filter(p -> p.id.equals(projectIds.get(ids.getKey()))).findFirst().orElseThrow();
            List<String> order = new ArrayList<>(ids.getValue());
            for (int k = 0; k < order.size(); k++) {
                String id = order.get(k);
                cn.jixiao.domain.Indicator a = from.indicators.stream().filter(i -> i.id.equals(id)).findFirst().orElseThrow();
                cn.jixiao.domain.Indicator b = to.indicators.get(k);
                assertEquals(a.category + " / " + a.subcategory, b.category + " / " + b.subcategory,
                        e + " " + format + ": 一级/二级 of 三级 “" + a.name + "”");
            }
        }
        // and what the form shows, printed again from the imported unit, is what it showed: a value
        // printed without a binding (a tick, a weight beside its 一级, a signature) would come back blank
        List<Project> again = e.project().isEmpty() ? into.projects : List.of(into.projects.get(0));
        List<String> shown = shown(docs);
        List<String> reprinted = shown(layout.documents(imported, into, again, 0));
        List<String> lost = new ArrayList<>();
        for (int k = 0; k < Math.max(shown.size(), reprinted.size()); k++) {
            String a = k < shown.size() ? shown.get(k) : "";
            String b = k < reprinted.size() ? reprinted.get(k) : "";
            if (!a.equals(b)) {
                lost.add("“" + a + "” → “" + b + "”");
            }
        }
        assertTrue(lost.isEmpty(), e + " " + format + ": printed again differently: " + lost);
    }

    /**
     * A form edited by hand comes back as edited: the weight printed beside an 一级 of the 衡阳 2022
     * 自评表 ('产出指标（50分）') changed in Excel to 45 is the imported project's weight of 产出指标.
     */
    @org.junit.jupiter.api.Test
    void aWeightChangedByHandInExcelComesBackChanged() throws Exception {
        Unit sample = Samples.load(Samples.DEFAULT);
        FiscalYear year = sample.year(2022).orElseThrow();
        Project p = year.projects.get(0);
        Path xlsx = dir.resolve("weight-edited.xlsx");
        XlsxWriter.write(SeedFidelity.layout("self-evaluation", "hengyang-2022").documents(sample, year, List.of(p), 0), xlsx);
        int changed = 0;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(xlsx))) {
            List<org.apache.poi.ss.usermodel.Cell> found = new ArrayList<>();
            for (var row : wb.getSheetAt(0)) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().equals("产出指标（50分）")) {
                        found.add(cell);
                    }
                }
            }
            for (var cell : found) {
                // typed over, as Excel saves it (POI would keep the inline string beside a new value)
                var row = cell.getRow();
                var style = cell.getCellStyle();
                int column = cell.getColumnIndex();
                row.removeCell(cell);
                var typed = row.createCell(column);
                typed.setCellStyle(style);
                typed.setCellValue("产出指标（45分）");
                changed++;
            }
            try (var out = java.nio.file.Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        assertEquals(1, changed, "the form prints 产出指标（50分） once");
        Unit unit = new Unit();
        FormImport importer = new FormImport();
        List<DocumentPreview> preview = importer.preview(List.of(xlsx), unit, ImportProgress.NONE);
        Project back = preview.get(0).forms().stream().filter(FormPreview::isProject).findFirst().orElseThrow().project().orElseThrow();
        assertEquals(List.of("产出指标 45", "效益指标 30", "满意度指标 10"),
                back.categoryWeights.stream().map(w -> w.category + " " + w.weight).toList());
    }

    /** Every cell's and paragraph's text of the documents, in reading order. */
    private static List<String> shown(List<FormDocument> docs) {
        return docs.stream().flatMap(d -> d.texts().stream()).toList();
    }
}
