package cn.jixiao.importing;

import cn.jixiao.documents.DocxWriter;
import cn.jixiao.documents.FormLayouts;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataRowKind;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.EditHistory;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.UnitFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 基础数据表 of 衡阳市人民政府办公室 2022 and the self-evaluations of its projects, exported by
 * the program and imported together into an empty unit: each project line links to the project
 * the same import made (its lineage in the new unit), never to the exporting unit's; a line whose
 * project is named differently is linked by a guess the preview states, or left unlinked and
 * said so; the lines keep their kinds, so the table's subtotals add up again.
 */
class BasicDataLinkImportTest {
    private static final int YEAR = 2022;

    @TempDir
    Path dir;

    private final FormImport importer = new FormImport();

    private Path export(Unit sample, String form, String name) throws Exception {
        FiscalYear y = sample.year(YEAR).orElseThrow();
        Path file = dir.resolve(name + ".docx");
        DocxWriter.write(FormLayouts.find(form, "hengyang-2022").orElseThrow().documents(sample, y, y.projects, 0), file);
        return file;
    }

    @Test
    void theTablesProjectLinesLinkToTheProjectsImportedWithIt() throws Exception {
        Unit sample = Samples.load(Samples.DEFAULT);
        FiscalYear source = sample.year(YEAR).orElseThrow();
        Path basic = export(sample, "basic-data", "基础数据表");
        Path selfEvaluations = export(sample, "self-evaluation", "自评表");

        Path file = dir.resolve("u.jixiao");
        List<String> notes;
        try (UnitFile f = UnitFile.createWith(file, new Unit())) {
            Unit unit = f.load();
            List<DocumentPreview> preview = importer.preview(List.of(basic, selfEvaluations), unit, ImportProgress.NONE);
            ImportPlan plan = importer.plan(unit, preview);
            FormPreview table = preview.get(0).forms().stream().filter(x -> !x.isProject()).findFirst().orElseThrow();
            notes = importer.notes(unit, plan, table);
            List<FieldChange> changes = importer.changes(unit, plan, table);
            assertTrue(changes.stream().anyMatch(c -> c.label().endsWith("对应项目") && c.after().equals("机要工作经费")),
                    "the preview shows the link by the project's name: " + changes);
            assertTrue(changes.stream().noneMatch(c -> c.after().matches(".*[0-9a-f]{8}-[0-9a-f]{4}-.*")), "no id shown: " + changes);
            assertTrue(changes.stream().anyMatch(c -> c.label().endsWith("行类别") && c.before().isEmpty() && c.after().equals("基本支出")),
                    "a new line's kind by its title, from nothing: " + changes);
            new EditHistory(f).perform(importer.apply(unit, plan));
        }
        FiscalYear into = UnitFile.read(file).year(YEAR).orElseThrow();
        List<BasicDataRow> rows = into.basicData.rows;
        assertEquals(source.basicData.rows.size(), rows.size());

        int exact = 0;
        for (int k = 0; k < rows.size(); k++) {
            BasicDataRow was = source.basicData.rows.get(k);
            BasicDataRow now = rows.get(k);
            assertEquals(was.kind().title, now.kind().title, "行类别 of line " + (k + 1) + " “" + was.label + "”");
            if (!now.is(BasicDataRowKind.PROJECT)) {
                assertTrue(now.projectLineage.isEmpty());
                continue;
            }
            String line = "基础数据表第" + (k + 1) + "行“" + now.label + "”";
            Project meant = source.projects.stream().filter(p -> p.lineage.equals(was.projectLineage)).findFirst().orElseThrow();
            Project imported = into.projects.stream().filter(p -> p.name.equals(meant.name)).findFirst().orElseThrow();
            if (Importing.sameName(now.label, meant.name)) {
                exact++;
                assertEquals(imported.lineage, now.projectLineage, line + " links to the new project of its name");
                assertTrue(notes.stream().noneMatch(n -> n.startsWith(line)), line + " needs no note");
            } else if (now.projectLineage.isEmpty()) {
                assertTrue(notes.contains(line + "未找到对应项目，未关联；请在基础数据表中选择对应项目。"), line + " said unlinked: " + notes);
            } else {
                assertEquals(imported.lineage, now.projectLineage, line + " guessed right");
                assertTrue(notes.contains(line + "按名称推断为项目“" + imported.name + "”，请核对。"), line + " said guessed: " + notes);
            }
            assertTrue(now.projectLineage.isEmpty() || into.projects.stream().anyMatch(p -> p.lineage.equals(now.projectLineage)),
                    line + " links nowhere outside the year");
        }
        assertTrue(exact >= 6, "机要工作经费, 纪检派驻机构专项经费, 政务督查经费, 综合调研经费, 大院保安转辅警经费, 水电补助, 物业管理费: " + exact);
        assertEquals(source.basicData.mismatches().size(), into.basicData.mismatches().size(), "the subtotals add up as in the source");
    }

    /**
     * A file that does carry lines' links (written by hand, or by a later layout): a link to a project
     * of the year is kept; one to a project of the unit that wrote the file (no project of this year
     * has it) is replaced by the project of the line's name.
     */
    @Test
    void aLinkTheFileCarriesIsKeptOnlyWhenItsProjectIsInTheYear() throws Exception {
        Unit unit = Samples.load(Samples.DEFAULT);
        FiscalYear y = unit.year(YEAR).orElseThrow();
        Project jiyao = y.project("机要工作经费").orElseThrow();
        Project water = y.project("水电补助").orElseThrow();
        Project property = y.project("物业管理费").orElseThrow();
        List<cn.jixiao.documents.FormReader.Value> values = List.of(
                value("rows[0].label", "二、部门项目支出"),
                value("rows[1].label", "1、业务工作专项(一个项目一行)"),
                value("rows[2].label", "机要经费（自填）"), value("rows[2].projectLineage", jiyao.lineage),
                value("rows[3].label", "水电补助"), value("rows[3].projectLineage", "其他单位的项目"),
                value("rows[4].label", "物业管理费"));
        FormPreview table = new FormPreview(dir.resolve("手填.docx"), "", "部门整体支出绩效评价基础数据表", java.util.OptionalInt.of(YEAR),
                null, "部门整体支出绩效评价基础数据表", List.of(), List.of(), List.of(), values);
        ImportPlan plan = importer.plan(unit, List.of(DocumentPreview.read(table.document(), List.of(table))));
        assertTrue(importer.notes(unit, plan, table).isEmpty(), importer.notes(unit, plan, table).toString());
        Path file = dir.resolve("v.jixiao");
        try (UnitFile f = UnitFile.createWith(file, unit)) {
            new EditHistory(f).perform(importer.apply(unit, plan));
        }
        List<BasicDataRow> rows = UnitFile.read(file).year(YEAR).orElseThrow().basicData.rows;
        assertEquals(List.of("project-total", "category", "project", "project", "project"), rows.subList(0, 5).stream().map(r -> r.kind).toList());
        assertEquals(jiyao.lineage, rows.get(2).projectLineage, "the file's link to a project of the year, kept though the label differs");
        assertEquals(water.lineage, rows.get(3).projectLineage, "a link into another unit: the project of that name");
        assertEquals(property.lineage, rows.get(4).projectLineage);
    }

    private static cn.jixiao.documents.FormReader.Value value(String path, String text) {
        return new cn.jixiao.documents.FormReader.Value(new cn.jixiao.fields.FieldAddress(cn.jixiao.fields.Owner.BASIC_DATA, "", "", path), text);
    }
}
