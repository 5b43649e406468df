package cn.jixiao.importing;

import cn.jixiao.documents.DocumentExporter;
import cn.jixiao.documents.FormKind;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.importing.source.SourceReader;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The four seed layouts, exported by the program as .docx and .xlsx, read by the recogniser as if
 * they were any county's forms (without the field bindings our own files carry): real published
 * data in layouts the recogniser was not written for. Each form must come back with its project's
 * name and amount, and at least 95 % of its indicator rows (一级, 二级, 三级, 指标值) right.
 *
 * <p>Not the 机关事务局 2024 wide table (agency-2024): it lists every project's 一级 and 二级 in one
 * table and their 三级 in another, tied only by order; a file of that layout comes back through
 * the field bindings our export writes into it, not through the recogniser.
 */
class SeedLayoutsRecognisedTest {
    private static final String WIDE_TABLE = cn.jixiao.documents.FormStyle.AGENCY_2024.id();

    @TempDir
    Path dir;

    @Test
    void theSeedLayoutsReadAsOtherCountiesForms() throws Exception {
        List<String> failures = new ArrayList<>();
        int forms = 0;
        int rows = 0;
        int rowsRight = 0;
        for (String sample : Samples.NAMES) {
            Unit unit = Samples.load(sample);
            for (FiscalYear year : unit.years) {
                for (FormKind form : List.of(FormKind.DECLARATION, FormKind.SELF_EVALUATION)) {
                    if (DocumentExporter.yearLayout(unit, year, form.id()).isEmpty()
                            || DocumentExporter.defaultStyle(unit, year).equals(WIDE_TABLE)) {
                        continue;
                    }
                    List<Project> projects = year.projects.stream()
                            .filter(p -> form == FormKind.DECLARATION || p.selfEvaluation.started).toList();
                    if (projects.isEmpty()) {
                        continue;
                    }
                    for (DocumentExporter.Format format : List.of(DocumentExporter.Format.DOCX, DocumentExporter.Format.XLSX)) {
                        Path out = dir.resolve(sample + "-" + year.year + "-" + form.id() + "-" + format.extension());
                        java.nio.file.Files.createDirectories(out);
                        List<Path> files = DocumentExporter.export(unit, new DocumentExporter.Request(year.year, form.id(),
                                null, List.of(), format, out), DocumentExporter.Progress.NONE);
                        List<FoundForm> found = FormRecogniser.recognise(SourceReader.read(files.get(0)), new Unit());
                        String what = sample + " " + year.year + " " + form.id() + " " + format.extension();
                        int right = 0;
                        int all = 0;
                        for (int i = 0; i < projects.size(); i++) {
                            Project want = projects.get(i);
                            all += want.indicators.size();
                            forms++;
                            if (i >= found.size()) {
                                failures.add(what + ": 未识别 " + want.name);
                                continue;
                            }
                            Project got = found.get(i).project();
                            if (!squeeze(want.name).equals(squeeze(got.name))) {
                                failures.add(what + ": 名称 " + want.name + " → " + got.name);
                            }
                            BigDecimal a = want.budget().meant().orElse(null);
                            BigDecimal b = got.budget().meant().orElse(null);
                            if (a == null ? b != null : b == null || a.compareTo(b) != 0) {
                                failures.add(what + ": " + want.name + " 金额 " + want.budget() + " → " + got.budget());
                            }
                            List<List<String>> gotRows = new ArrayList<>(got.indicators.stream().map(SeedLayoutsRecognisedTest::row).toList());
                            int matched = 0;
                            for (Indicator w : want.indicators) {
                                if (gotRows.remove(row(w))) {
                                    matched++;
                                } else {
                                    System.out.println("  " + what + " " + want.name + " 缺 " + row(w));
                                }
                            }
                            gotRows.forEach(g -> System.out.println("  " + what + " " + want.name + " 多 " + g));
                            right += Math.max(0, matched - gotRows.size());
                        }
                        if (found.size() != projects.size()) {
                            failures.add(what + ": 表单数 " + projects.size() + " → " + found.size());
                        }
                        System.out.printf("seed layout %-50s forms %d/%d rows %d/%d%n", what, found.size(), projects.size(), right, all);
                        rows += all;
                        rowsRight += right;
                        if (all > 0 && right < 0.95 * all) {
                            failures.add(what + ": 指标行 " + right + "/" + all);
                        }
                    }
                }
            }
        }
        System.out.printf("seed layouts: %d forms, rows %d/%d%n", forms, rowsRight, rows);
        failures.forEach(f -> System.out.println("  " + f));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static List<String> row(Indicator i) {
        return List.of(squeeze(i.category), squeeze(i.subcategory), squeeze(i.name), squeeze(i.target));
    }

    private static String squeeze(String s) {
        return CorpusExpectation.squeeze(s);
    }
}
