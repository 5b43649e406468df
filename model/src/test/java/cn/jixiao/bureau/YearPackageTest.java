package cn.jixiao.bureau;

import cn.jixiao.cli.Cli;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.Review;
import cn.jixiao.sample.Samples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YearPackageTest {
    @TempDir
    Path dir;

    /** The sheets the clerk sees: the very hidden sheet of field bindings is not one of them. */
    private static List<String> sheetNames(Path workbook) throws Exception {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            for (Sheet s : wb) {
                if (wb.getSheetVisibility(wb.getSheetIndex(s)) == org.apache.poi.ss.usermodel.SheetVisibility.VISIBLE) {
                    names.add(s.getSheetName());
                }
            }
            return names;
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    void the2022PackageOfHengyangOfficeHoldsEveryFormInOrderAndTheFindingsLast() throws Exception {
        Unit unit = Samples.load("hengyang-office");
        FiscalYear year = unit.year(2022).orElseThrow();
        int findings = Review.run(unit, 2022).size();
        assertTrue(findings > 0, "the sample's 2022 keeps the seed's errors, so the review finds some");

        YearPackage.Written w = YearPackage.write(unit, 2022, dir, m -> { });

        assertEquals(dir.resolve("2022-衡阳市人民政府办公室-报送包.xlsx"), w.workbook());
        assertEquals(dir.resolve("2022-衡阳市人民政府办公室-报送包.pdf"), w.pdf());
        List<String> sheets = sheetNames(w.workbook());
        List<String> expected = new ArrayList<>();
        year.projects.forEach(p -> expected.add(cut("自评表-" + p.name)));
        expected.addAll(List.of("整体自评表", "基础数据表", "自评报告", "审核意见"));
        assertEquals(expected, sheets);
        assertEquals(findings, w.findings());

        String text = pdfText(w.pdf());
        int evaluation = text.indexOf("项目支出绩效自评表");
        int basic = text.indexOf("基础数据表");
        int report = text.indexOf("自评报告");
        assertTrue(evaluation >= 0 && evaluation < basic && basic < report, "official order in the PDF");
        assertFalse(text.contains("绩效资料审核意见"), "the findings are for the clerk's workbook, not the printed forms");
    }

    private static String cut(String name) {
        return name.length() <= 31 ? name : name.substring(0, 31);
    }

    @Test
    void sheetNamesStayUniqueAndWithin31CharactersForLongAndTwinProjectNames() throws Exception {
        Unit unit = Samples.load("hengyang-office");
        FiscalYear year = unit.year(2022).orElseThrow();
        String longName = "衡阳市人民政府办公室机关后勤保障及大院综合管理维护经费（含会务中心、机要、保密与信息化运行）";
        year.projects.get(0).name = longName;
        year.projects.get(1).name = longName + "二期";

        List<String> sheets = sheetNames(YearPackage.write(unit, 2022, dir, m -> { }).workbook());

        Set<String> seen = new HashSet<>();
        for (String s : sheets) {
            assertTrue(s.length() <= 31, s);
            assertTrue(seen.add(s.toLowerCase(Locale.ROOT)), "twice: " + s);
        }
        assertTrue(sheets.get(0).startsWith("自评表-衡阳市人民政府办公室"), sheets.get(0));
    }

    @Test
    void aDeclarationYearPackagesItsDeclarationsAndNoMonitoringItNeverHad() throws Exception {
        Unit unit = Samples.load("hengyang-office");
        List<YearPackage.Part> parts = YearPackage.parts(unit, unit.year(2021).orElseThrow());
        assertEquals(List.of("declaration"), parts.stream().map(p -> p.layout().form().id()).toList());
        assertEquals(12, parts.get(0).projects().size());
    }

    @Test
    void theCommandLineWritesThePackageAndNamesBothFiles() throws Exception {
        Path file = dir.resolve("u.jixiao");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(0, Cli.run(new String[] {"new", file.toString(), "--sample", "hengyang-office"}, o, e));
        out.reset();
        Path to = dir.resolve("报送");

        int code = Cli.run(new String[] {"export", file.toString(), "--year", "2021", "--package", "--out", to.toString()}, o, e);

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of(to.resolve("2021-衡阳市人民政府办公室-报送包.xlsx").toAbsolutePath().toString(),
                to.resolve("2021-衡阳市人民政府办公室-报送包.pdf").toAbsolutePath().toString()), lines);
        assertTrue(sheetNames(Path.of(lines.get(0))).get(0).startsWith("申报表-"));

        assertNotEquals(0, Cli.run(new String[] {"export", file.toString(), "--package", "--out", to.toString()}, o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--year"), err.toString(StandardCharsets.UTF_8));
    }
}
