package cn.jixiao.documents;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.documents.Table.Cell;
import cn.jixiao.sample.SyntheticUnit;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxWriterTest {
    @TempDir
    Path dir;

    /** A wide landscape form: the 部门整体 target table of 002, eleven columns. */
    static FormDocument landscapeDocument() {
        FormDocument d = new FormDocument("整体支出绩效目标表", PageSetup.A4_LANDSCAPE);
        d.add(Paragraph.title("整体支出绩效目标表"));
        d.add(new Paragraph("（2024年度）", Paragraph.Style.SUBTITLE, Paragraph.Align.CENTER));
        Table t = new Table(1.2, 1.6, 2.4, 2, 2.6, 1.2, 1.2, 1, 3.4, 1.6, 1.2).headerRows(2);
        t.row(Cell.label("绩效指标").span(11));
        t.row(Cell.label("一级指标"), Cell.label("二级指标"), Cell.label("三级指标"), Cell.label("指标值"),
                Cell.label("指标值内容"), Cell.label("度量单位"), Cell.label("指标值类型"), Cell.label("分值"),
                Cell.label("评（扣）分标准"), Cell.label("备注"), Cell.label("权重"));
        t.row(Cell.center("成本指标").rows(2), Cell.center("经济成本指标"), Cell.of("预算控制"), Cell.of("≤57.6"),
                Cell.of("年度预算成本"), Cell.center("万元"), Cell.center("≤"), Cell.amount("20"),
                Cell.of("预算成本控制在57.6万元以内计20分，每超过10%扣2分，扣完为止"), Cell.of(""), Cell.amount("0.2"));
        t.row(Cell.center("社会成本指标"), Cell.of("无"), Cell.of(""), Cell.of(""), Cell.of(""), Cell.of(""), Cell.amount(""),
                Cell.of(""), Cell.of(""), Cell.amount(""));
        d.add(t);
        return d;
    }

    static XSSFWorkbook open(Path f) throws Exception {
        try (InputStream in = Files.newInputStream(f)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void readsBackTheSameTextsInOrder() throws Exception {
        List<FormDocument> docs = DocxWriterTest.seedDocuments();
        Path f = dir.resolve("申报表.xlsx");
        XlsxWriter.write(docs, f);
        assertEquals(Expected.sheetTexts(docs), DocumentText.xlsx(f));
    }

    @Test
    void oneSheetPerDocumentWithMergedCells() throws Exception {
        List<FormDocument> docs = DocxWriterTest.seedDocuments();
        Path f = dir.resolve("a.xlsx");
        XlsxWriter.write(docs, f);
        try (XSSFWorkbook wb = open(f)) {
            assertEquals(3, wb.getNumberOfSheets());
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("项目绩效目标申报表-机要工作经费", s.getSheetName());
            CellRangeAddress vertical = regionOf(s, "绩效指标");
            assertNotNull(vertical, "绩效指标 is merged");
            assertEquals(11, vertical.getLastRow() - vertical.getFirstRow() + 1);
            assertEquals(255, cell(s, "绩效指标").getCellStyle().getRotation(), "stacked vertical text");
            CellRangeAddress title = regionOf(s, "项目绩效目标申报表");
            assertEquals(0, title.getFirstColumn());
            assertEquals(cell(s, "项目名称").getRow().getLastCellNum() - 1, title.getLastColumn(), "the title spans the sheet");
            assertTrue(cell(s, "30").getCellStyle().getAlignment() == org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
        }
    }

    @Test
    void tablesOfDifferentGridsShareOneSheetGrid() throws Exception {
        // The head table (2.2,2.2,...) and the indicator table (1.2,2.2,...) cut the page at different places.
        FormDocument d = DocxWriterTest.seedDocuments().get(0);
        Path f = dir.resolve("a.xlsx");
        XlsxWriter.write(List.of(d), f);
        try (XSSFWorkbook wb = open(f)) {
            XSSFSheet s = wb.getSheetAt(0);
            CellRangeAddress name = regionOf(s, "项目名称");
            CellRangeAddress vertical = regionOf(s, "绩效指标");
            assertEquals(0, name.getFirstColumn());
            assertEquals(0, vertical.getFirstColumn());
            assertTrue(vertical.getLastColumn() < name.getLastColumn(), "the narrow vertical label ends before 项目名称's edge");
        }
    }

    @Test
    void printsOnA4FitToOnePageWideWithRepeatingHeader() throws Exception {
        List<FormDocument> docs = new ArrayList<>(DocxWriterTest.seedDocuments().subList(0, 1));
        docs.add(landscapeDocument());
        Path f = dir.resolve("a.xlsx");
        XlsxWriter.write(docs, f);
        try (XSSFWorkbook wb = open(f)) {
            for (int i = 0; i < 2; i++) {
                XSSFSheet s = wb.getSheetAt(i);
                PrintSetup ps = s.getPrintSetup();
                assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
                assertEquals(i == 1, ps.getLandscape());
                assertTrue(s.getFitToPage());
                assertEquals(1, ps.getFitWidth());
                assertEquals(0, ps.getFitHeight());
                assertNotNull(wb.getPrintArea(i), "print area");
                assertNotNull(s.getRepeatingRows());
            }
            CellRangeAddress demo = wb.getSheetAt(0).getRepeatingRows();
            assertEquals("一级指标", wb.getSheetAt(0).getRow(demo.getFirstRow()).getCell(0).getStringCellValue(),
                    "the last table's header, not the indicator table's before the page break");
            XSSFSheet wide = wb.getSheetAt(1);
            CellRangeAddress header = wide.getRepeatingRows();
            assertEquals(2, header.getLastRow() - header.getFirstRow() + 1, "two header rows repeat");
            assertEquals("绩效指标", wide.getRow(header.getFirstRow()).getCell(0).getStringCellValue());
            assertEquals(1, wb.getSheetAt(0).getRowBreaks().length, "the page break before the 附 page");
        }
    }

    @Test
    void formulaLookingTextStaysText() throws Exception {
        Unit u = SeedUnits.hengyang2021();
        FiscalYear y = u.year(2021).orElseThrow();
        y.projects.get(0).annualGoal = "=SUM(A1:A3)";
        y.projects.get(0).indicators.get(0).target = "+10%";
        y.projects.get(0).indicators.get(1).target = "-5";
        y.projects.get(0).indicators.get(2).target = "@领导";
        List<FormDocument> docs = new DemoDeclarationLayout().render(u, y, y.projects.subList(0, 1));
        Path f = dir.resolve("f.xlsx");
        XlsxWriter.write(docs, f);
        try (XSSFWorkbook wb = open(f)) {
            for (org.apache.poi.ss.usermodel.Row r : wb.getSheetAt(0)) {
                for (org.apache.poi.ss.usermodel.Cell c : r) {
                    assertTrue(c.getCellType() == CellType.STRING || c.getCellType() == CellType.BLANK,
                            "cell " + c.getAddress() + " is " + c.getCellType());
                }
            }
        }
        assertFalse(anyEntryContains(f, "<f>") || anyEntryContains(f, "<f "), "no formula anywhere");
        List<String> read = DocumentText.xlsx(f);
        assertTrue(read.containsAll(List.of("=SUM(A1:A3)", "+10%", "-5", "@领导")), read.toString());
        Path docx = dir.resolve("f.docx");
        DocxWriter.write(docs, docx);
        assertTrue(DocumentText.docx(docx).contains("=SUM(A1:A3)"));
    }

    @Test
    void sheetNamesAreLegalAndUnique() throws Exception {
        List<FormDocument> docs = new ArrayList<>();
        for (String name : List.of("项目/支出:绩效*目标?申报表[一]", "项目/支出:绩效*目标?申报表[一]",
                "项目支出绩效目标申报表-衡阳市人民政府办公室大院维护费、会务中心维护费", "项目支出绩效目标申报表-衡阳市人民政府办公室大院维护费、会务中心维护费二")) {
            FormDocument d = new FormDocument(name, PageSetup.A4_PORTRAIT);
            d.add(Paragraph.title(name));
            docs.add(d);
        }
        Path f = dir.resolve("n.xlsx");
        XlsxWriter.write(docs, f);
        try (XSSFWorkbook wb = open(f)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                String n = wb.getSheetName(i);
                assertTrue(n.length() <= 31, n);
                assertTrue(n.chars().noneMatch(ch -> "/\\:*?[]".indexOf(ch) >= 0), n);
                names.add(n);
            }
            assertEquals(4, names.stream().distinct().count(), names.toString());
        }
    }

    @Test
    void controlCharactersNeitherBreakTheWorkbookNorVanishUnsaid() throws Exception {
        // Issue 14 item 9: a vertical tab, \u0001 or \uFFFF in a name broke workbook.xml.
        List<FormDocument> docs = new ArrayList<>();
        for (String name : List.of("申报表-政务\u000B督查\u0001经费\uFFFF", "\u0001\u0002", "   ", "'引号'",
                "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十\uD83D\uDE00尾")) {
            FormDocument d = new FormDocument(name, PageSetup.A4_PORTRAIT);
            d.add(Paragraph.title("项目名称：" + name));
            Table t = new Table(3, 5);
            t.row(Cell.label("项目名称"), Cell.of("第一行\u000B第二行\u0001"));
            d.add(t);
            docs.add(d);
        }
        Path f = dir.resolve("c.xlsx");
        List<String> warnings = new ArrayList<>();
        XlsxWriter.write(docs, f, warnings::add);
        try (XSSFWorkbook wb = open(f)) {
            assertEquals(5, wb.getNumberOfSheets());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                String n = wb.getSheetName(i);
                assertFalse(n.isBlank(), n);
                assertTrue(n.length() <= 31, n);
                assertTrue(n.chars().noneMatch(ch -> ch < 0x20 || ch == 0xFFFF || "/\\:*?[]".indexOf(ch) >= 0), n);
                assertFalse(Character.isHighSurrogate(n.charAt(n.length() - 1)), n);
                names.add(n.toLowerCase(java.util.Locale.ROOT));
            }
            assertEquals(5, names.stream().distinct().count(), names.toString());
            assertEquals("申报表-政务 督查经费", wb.getSheetName(0));
            XSSFCell value = cell(wb.getSheetAt(0), "第一行\n第二行");
            assertNotNull(value, "the vertical tab is a line break in the cell");
        }
        assertFalse(warnings.isEmpty());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("U+0001") && w.contains("申报表")), warnings.toString());
    }

    @Test
    void aCellOverExcelsLimitIsCutWithAMarkAndAWarning() throws Exception {
        // Issue 14 item 11: a cell over 32,767 characters threw from POI.
        FormDocument d = new FormDocument("长文", PageSetup.A4_PORTRAIT);
        Table t = new Table(3, 5);
        // varied text: a repeated one compresses so well that POI's reader takes it for a zip bomb
        java.util.Random random = new java.util.Random(14);
        StringBuilder b = new StringBuilder("绩效目标");
        while (b.length() < 40_000) {
            b.append((char) (0x4E00 + random.nextInt(0x5000)));
            if (random.nextInt(50) == 0) {
                b.append("\uD83D\uDE00");
            }
        }
        String longText = b.toString();
        t.row(Cell.label("长期目标"), Cell.of(longText));
        d.add(t);
        d.add(new Paragraph("说明" + longText, Paragraph.Style.BODY, Paragraph.Align.LEFT));
        Path f = dir.resolve("long.xlsx");
        List<String> warnings = new ArrayList<>();
        XlsxWriter.write(List.of(d), f, warnings::add);
        try (XSSFWorkbook wb = open(f)) {
            XSSFCell c = null;
            for (org.apache.poi.ss.usermodel.Row r : wb.getSheetAt(0)) {
                for (org.apache.poi.ss.usermodel.Cell k : r) {
                    if (k.getCellType() == CellType.STRING && k.getStringCellValue().startsWith("绩效目标")) {
                        c = (XSSFCell) k;
                    }
                }
            }
            assertNotNull(c);
            String v = c.getStringCellValue();
            assertTrue(v.length() <= XlsxWriter.MAX_CELL_CHARS, "length " + v.length());
            assertTrue(v.startsWith(longText.substring(0, 100)));
            assertTrue(v.endsWith(XlsxWriter.CUT_MARK));
        }
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("长文") && warnings.get(0).contains("32767"), warnings.get(0));
    }

    @Test
    void theWriterStreamsOneBlockAtATime() throws Exception {
        // Issue 14 item 14: memory grows with the largest table, not with the number of projects.
        Unit u = SyntheticUnit.generate(40, 12, 7);
        FiscalYear y = u.years.get(0);
        List<FormDocument> docs = new DemoDeclarationLayout().render(u, y, y.projects);
        int tallest = 0;
        for (FormDocument d : docs) {
            for (FormDocument.Block b : d.blocks) {
                if (b instanceof Table t) {
                    tallest = Math.max(tallest, new TableGrid(t).rows());
                }
            }
        }
        XlsxWriter w = XlsxWriter.write(docs, java.io.OutputStream.nullOutputStream(), s -> { });
        assertTrue(w.maxRowsHeld > 0 && w.maxRowsHeld <= tallest, "held " + w.maxRowsHeld + ", tallest table " + tallest);
    }

    @Test
    void aBigUnitUsesAFewStylesAndWritesInReasonableTime() throws Exception {
        Unit u = SyntheticUnit.generate(300, 12, 7);
        FiscalYear y = u.years.get(0);
        // CPU time of this thread: wall time means little on a shared build machine.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        List<FormDocument> docs = new DemoDeclarationLayout().render(u, y, y.projects);
        Path x = dir.resolve("big.xlsx");
        XlsxWriter.write(docs, x);
        long xlsxMs = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000;
        start = cpu.getCurrentThreadCpuTime();
        Path d = dir.resolve("big.docx");
        DocxWriter.write(docs, d);
        long docxMs = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000;
        System.out.printf("300 projects, CPU time: xlsx %d ms (%d KB), docx %d ms (%d KB)%n", xlsxMs, Files.size(x) / 1024,
                docxMs, Files.size(d) / 1024);
        try (XSSFWorkbook wb = open(x)) {
            assertEquals(300, wb.getNumberOfSheets());
            assertTrue(wb.getNumCellStyles() < 30, "styles: " + wb.getNumCellStyles());
            assertTrue(wb.getNumberOfFonts() < 12, "fonts: " + wb.getNumberOfFonts());
        }
    }

    @Test
    void rowsAreHighEnoughForWrappedChineseText() throws Exception {
        Unit u = SeedUnits.xiangyin2023();
        FiscalYear y = u.year(2023).orElseThrow();
        List<FormDocument> docs = new DemoDeclarationLayout().render(u, y, y.projects);
        Path f = dir.resolve("h.xlsx");
        XlsxWriter.write(docs, f);
        try (XSSFWorkbook wb = open(f)) {
            XSSFSheet s = wb.getSheetAt(0);
            XSSFRow longGoal = cell(s, y.projects.get(0).longTermGoal).getRow();
            XSSFRow shortRow = cell(s, "项目名称").getRow();
            // 66 characters in a cell about 30 characters wide: three lines at least.
            assertTrue(longGoal.getHeightInPoints() >= 3 * 10.5 * 1.2, "height " + longGoal.getHeightInPoints());
            assertTrue(shortRow.getHeightInPoints() < 25, "height " + shortRow.getHeightInPoints());
        }
    }

    private static boolean anyEntryContains(Path xlsx, String text) throws Exception {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            Enumeration<? extends ZipEntry> e = zip.entries();
            while (e.hasMoreElements()) {
                ZipEntry z = e.nextElement();
                if (z.getName().startsWith("xl/worksheets/")) {
                    try (InputStream in = zip.getInputStream(z)) {
                        if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(text)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    static XSSFCell cell(XSSFSheet s, String text) {
        for (org.apache.poi.ss.usermodel.Row r : s) {
            for (org.apache.poi.ss.usermodel.Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                    return (XSSFCell) c;
                }
            }
        }
        throw new AssertionError("no cell " + text);
    }

    static CellRangeAddress regionOf(XSSFSheet s, String text) {
        XSSFCell c = cell(s, text);
        for (CellRangeAddress m : s.getMergedRegions()) {
            if (m.getFirstRow() == c.getRowIndex() && m.getFirstColumn() == c.getColumnIndex()) {
                return m;
            }
        }
        return null;
    }
}
