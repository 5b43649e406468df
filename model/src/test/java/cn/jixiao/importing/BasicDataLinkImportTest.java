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
}
