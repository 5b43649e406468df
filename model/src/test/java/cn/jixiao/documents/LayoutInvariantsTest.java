package cn.jixiao.documents;

import cn.jixiao.documents.SyntheticShapes.Shape;
import cn.jixiao.documents.SyntheticShapes.Subject;
import cn.jixiao.domain.BasicDataRowKind;
import cn.jixiao.domain.ExpenseLine;
import cn.jixiao.domain.MoneyText;
import cn.jixiao.domain.Project;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What every form must be on paper whatever the unit typed (issue 17, 'every form, any data'):
 * every layout of the registry ({@link FormLayouts#all()}, so a layout registered later is checked
 * the day it is registered) × every synthetic shape ({@link SyntheticShapes}) is written as Word
 * and Excel, and the files are checked for the invariants below. PDF is written for the shape with
 * several projects only: its layout is the same declaration, and it is the slowest writer.
 *
 * <ul>
 * <li>fields: every value the layout binds is read back by {@link FormReader} equal to the unit's
 *     value; on the shape with every field set, none of them is blank;</li>
 * <li>totals: a 合计 / 小计 / 总分 row carries a figure, and the computed 资金总额, 支出明细 合计 and
 *     基础数据表 subtotals are printed where nothing is stated;</li>
 * <li>boxes: a project's 项目类型 and 项目属性 are ticked (☑) where the form offers boxes;</li>
 * <li>figures: no figure is narrower than its cell (Word: the cell width; Excel: the columns it
 *     spans), every Word row is cantSplit (PageStructureTest's table check);</li>
 * <li>blank rows: no table row blank from edge to edge;</li>
 * <li>pages: each document (each project's form) starts a page in Word and a sheet in Excel, and in
 *     PDF;</li>
 * <li>headers: the header rows a table declares repeat (tblHeader, print titles).</li>
 * </ul>
 */
class LayoutInvariantsTest {
    private static final Pattern FIGURE = Pattern.compile("[0-9.,%+\\-]+");
    private static final Pattern TOTAL_LABEL = Pattern.compile("(合\\s*计|小\\s*计|总\\s*计|总\\s*分)");
    private static final String SHAPE_WITH_EVERY_FIELD = "全部字段";
    private static final String SHAPE_FOR_PDF = "各项目类型";

    @TempDir
    Path dir;

    @TestFactory
    List<DynamicNode> everyLayoutOnEveryShape() {
        List<DynamicNode> out = new ArrayList<>();
        for (FormLayout layout : FormLayouts.all()) {
            String name = layout.form() + "/" + layout.style();
            List<DynamicNode> tests = new ArrayList<>();
            for (Shape shape : SyntheticShapes.all()) {
                tests.add(DynamicTest.dynamicTest(shape.name(), () -> check(layout, shape)));
            }
            out.add(DynamicContainer.dynamicContainer(name, tests));
        }
        return out;
    }

    private void check(FormLayout layout, Shape shape) throws Exception {
        String where = layout.form() + "/" + layout.style() + "|" + shape.name();
        Subject s = shape.get();
        List<FormDocument> docs = layout.documents(s.unit(), s.year(), s.year().projects, SyntheticShapes.MONTH);
        if (docs.isEmpty()) {
            assertTrue(layout.perProject() && s.year().projects.isEmpty(), where + ": no document");
            return;
        }
        Path docx = Files.createTempFile(dir, "form", ".docx");
        DocxWriter.write(docs, docx);
        Path xlsx = Files.createTempFile(dir, "form", ".xlsx");
        XlsxWriter.write(docs, xlsx);

        Map<String, Runnable> checks = new LinkedHashMap<>();
        checks.put("fields", () -> fields(where, s, docs, docx, xlsx, shape.name().equals(SHAPE_WITH_EVERY_FIELD)));
        checks.put("totals", () -> totals(where, layout, s, docs));
        checks.put("boxes", () -> boxes(where, layout, s, docs));
        checks.put("figures", () -> figures(where, docs, docx, xlsx));
        if (!shape.name().equals(SyntheticShapes.all().get(0).name())) {
            // with nothing typed, a row of blank data is blank by right: the invariant is about rows that hold no data
            checks.put("blank-rows", () -> blankRows(where, docs));
        }
        checks.put("pages", () -> pages(where, docs, docx, xlsx));
        checks.put("headers", () -> headers(where, docs, docx, xlsx));
        if (shape.name().equals(SHAPE_FOR_PDF)) {
            checks.put("pdf", () -> pdf(where, docs));
        }

        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Runnable> c : checks.entrySet()) {
            run(c.getValue()).ifPresent(failed -> failures.add(c.getKey() + ": " + failed.getMessage()));
        }
        if (!failures.isEmpty()) {
            fail(where + "\n" + String.join("\n", failures));
        }
    }

    private static Optional<Throwable> run(Runnable check) {
        try {
            check.run();
            return Optional.empty();
        } catch (AssertionError | RuntimeException e) {
            return Optional.of(e);
        }
    }

    // ---- fields

    private static void fields(String where, Subject s, List<FormDocument> docs, Path docx, Path xlsx, boolean everySet) {
        if (FormReaderTest.bindings(docs).isEmpty()) {
            return; // the layout binds no field (the common monitoring forms): nothing to read back
        }
        try {
            FormReaderTest.check(where + " docx", s.unit(), s.year(), docs, FormReader.read(docx));
            FormReaderTest.check(where + " xlsx", s.unit(), s.year(), docs, FormReader.read(xlsx));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (everySet) {
            List<String> blank = new ArrayList<>();
            for (FormDocument d : docs) {
                for (Binding b : FormReaderTest.bindings(List.of(d))) {
                    if (b.start() == b.end()) {
                        blank.add(b.at().root() + ":" + b.at().path());
                    }
                }
            }
            assertTrue(blank.isEmpty(), where + ": bound fields printed blank although set: " + blank);
        }
    }

    // ---- totals

    private static void totals(String where, FormLayout layout, Subject s, List<FormDocument> docs) {
        boolean figuresGiven = !s.year().projects.isEmpty() && !s.year().projects.get(0).funds.budget().isEmpty();
        if (figuresGiven) {
            for (FormDocument d : docs) {
                for (FormDocument.Block b : d.blocks) {
                    if (b instanceof Table t) {
                        totalRowsCarryFigures(where, t);
                    }
                }
            }
        }
        String all = String.join("\n", docs.stream().flatMap(d -> d.texts().stream()).toList());
        FormKind form = layout.form();
        for (Project p : s.year().projects) {
            boolean printed = all.contains(p.name);
            if (!printed || !p.funds.statedTotal.isEmpty()) {
                continue;
            }
            Optional<BigDecimal> parts = p.funds.partsTotal();
            if (parts.isPresent() && (form.equals(FormKind.DECLARATION) || form.equals(FormKind.DISCLOSURE))) {
                assertTrue(all.contains(MoneyText.plain(parts.get())), where + ": 资金总额 " + MoneyText.plain(parts.get())
                        + " of " + p.name + " is not printed");
            }
            boolean linesPrinted = p.expenseLines.stream().anyMatch(l -> !l.item.isBlank() && all.contains(l.item));
            if (linesPrinted && p.expenseLinesStatedTotal.isEmpty()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (ExpenseLine l : p.expenseLines) {
                    sum = sum.add(l.thisYear.value().orElse(BigDecimal.ZERO));
                }
                assertTrue(all.contains(MoneyText.plain(sum)), where + ": 支出明细 合计 " + MoneyText.plain(sum) + " is not printed");
            }
        }
        if (form.equals(FormKind.BASIC_DATA)) {
            var t = s.year().basicData;
            for (int k = 0; k < t.rows.size(); k++) {
                if (t.rows.get(k).is(BasicDataRowKind.VEHICLE) && t.rows.get(k).thisYearBudget.isEmpty()) {
                    Optional<BigDecimal> sum = t.computed(k, cn.jixiao.domain.BasicDataColumn.values()[1]);
                    sum.ifPresent(v -> assertTrue(all.contains(MoneyText.plain(v)), where + ": 小计 " + MoneyText.plain(v)
                            + " of " + t.rows.get(0).label + " is not printed"));
                }
            }
        }
    }

    /**
     * A row labelled 合计, 小计, 总计 or 总分 holds a figure after its label, when there is something
     * to add up: a 合计 over detail rows that all print blank (a project with no 支出明细 typed, or
     * lines without amounts) has nothing to sum, and a figure there would be made up.
     */
    private static void totalRowsCarryFigures(String where, Table t) {
        List<Table.Row> rows = t.rows();
        for (int i = 0; i < rows.size(); i++) {
            Table.Row r = rows.get(i);
            List<Table.Cell> cells = r.cells();
            for (int k = 0; k < cells.size(); k++) {
                String text = cells.get(k).text().strip();
                boolean heading = cells.subList(k + 1, cells.size()).stream().allMatch(Table.Cell::header);
                if (text.length() <= 4 && TOTAL_LABEL.matcher(text).matches() && !heading) {
                    if (!detailRowsCarryFigures(rows, i)) {
                        break;
                    }
                    boolean figure = cells.subList(k + 1, cells.size()).stream()
                            .anyMatch(c -> FIGURE.matcher(c.text().strip()).matches() && c.text().strip().matches(".*[0-9].*"));
                    assertTrue(figure, where + ": the row '" + text + "' has no figure: "
                            + cells.stream().map(Table.Cell::text).toList());
                    break;
                }
            }
        }
    }

    /**
     * Whether the detail rows under the total row {@code at} (up to the next row with a header cell,
     * which opens another part of the form, or the next total) print a figure after their labels.
     * A total with no detail rows under it (the last row, or one closing a part) totals what stands
     * above it: a figure is demanded always.
     */
    private static boolean detailRowsCarryFigures(List<Table.Row> rows, int at) {
        int details = 0;
        for (int i = at + 1; i < rows.size(); i++) {
            List<Table.Cell> cells = rows.get(i).cells();
            if (cells.isEmpty() || cells.stream().anyMatch(Table.Cell::header)
                    || TOTAL_LABEL.matcher(cells.get(0).text().strip()).matches()) {
                break;
            }
            details++;
            for (Table.Cell c : cells.subList(1, cells.size())) {
                String v = c.text().strip();
                if (FIGURE.matcher(v).matches() && v.matches(".*[0-9].*")) {
                    return true;
                }
            }
        }
        return details == 0;
    }

    // ---- boxes

    private static void boxes(String where, FormLayout layout, Subject s, List<FormDocument> docs) {
        if (!layout.perProject()) {
            return;
        }
        for (int k = 0; k < docs.size(); k++) {
            Project p = s.year().projects.get(k);
            for (String text : docs.get(k).texts()) {
                if (!text.contains(Text.UNCHECKED) && !text.contains(Text.CHECKED)) {
                    continue;
                }
                if (text.contains("基本建设") || text.contains("行政事业")) {
                    assertEquals(!p.projectType.isBlank(), text.contains(Text.CHECKED),
                            where + ": 项目类型 '" + p.projectType + "' in '" + text + "'");
                }
                for (String option : List.of("新增", "延续")) {
                    if (text.contains(option) && !text.contains("基本建设") && !p.attribute.isBlank()) {
                        boolean ticked = text.matches(".*" + option + "[^☐☑]*☑.*");
                        assertEquals(p.attribute.contains(option), ticked, where + ": 项目属性 '" + p.attribute + "' in '" + text + "'");
                    }
                }
            }
        }
    }

    /** The box characters, named for the checks. */
    private static final class Text {
        static final String CHECKED = "☑";
        static final String UNCHECKED = "☐";
    }

    // ---- figures

    private static void figures(String where, List<FormDocument> docs, Path docx, Path xlsx) {
        try {
            for (PageStructureTest.Section sec : PageStructureTest.sections(docx)) {
                PageSetup page = docs.stream().map(d -> d.page).filter(p -> PageStructureTest.matches(p, sec.sectPr()))
                        .findFirst().orElseThrow(() -> new AssertionError(where + ": a section matches no page setup"));
                for (Element tbl : sec.tables()) {
                    PageStructureTest.assertTable(tbl, page, where + " docx");
                }
            }
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (int k = 0; k < wb.getNumberOfSheets(); k++) {
                    if (wb.isSheetVeryHidden(k)) {
                        continue;
                    }
                    sheetFigures(where + " xlsx sheet " + wb.getSheetName(k), wb.getSheetAt(k));
                }
            }
        } catch (Exception e) {
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e);
        }
    }

    /** Each figure cell of the sheet is as wide as its digits at its font size (columns in 1/256 of a character). */
    private static void sheetFigures(String where, Sheet sheet) {
        Map<String, CellRangeAddress> merged = new LinkedHashMap<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            merged.put(r.getFirstRow() + ":" + r.getFirstColumn(), r);
        }
        for (Row row : sheet) {
            for (Cell c : row) {
                String text = c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? c.getStringCellValue() : "";
                if (text.isEmpty() || c.getCellStyle().getRotation() != 0) {
                    continue;
                }
                CellRangeAddress r = merged.get(c.getRowIndex() + ":" + c.getColumnIndex());
                int last = r == null ? c.getColumnIndex() : r.getLastColumn();
                double chars = 0;
                for (int col = c.getColumnIndex(); col <= last; col++) {
                    chars += sheet.getColumnWidth(col) / 256.0;
                }
                double sizePt = sheet.getWorkbook().getFontAt(c.getCellStyle().getFontIndex()).getFontHeightInPoints();
                for (String line : text.split("\n")) {
                    if (FIGURE.matcher(line).matches()) {
                        // at the size written, measured as the writers fit it (FormFonts.figureEms); a character of
                        // the column width is the default 11 pt font's digit: 11 * 0.55 pt
                        double needPt = FormFonts.figureEms(line) * sizePt + 4;
                        assertTrue(chars * 11 * 0.55 >= needPt, where + " row " + (c.getRowIndex() + 1) + ": '" + line
                                + "' needs " + Math.round(needPt) + " pt, the cell is " + Math.round(chars * 11 * 0.55) + " pt");
                    }
                }
            }
        }
    }

    // ---- blank rows

    /** A table row every cell of which is blank, spans from above and from the left included, is a row nobody asked for. */
    private static void blankRows(String where, List<FormDocument> docs) {
        for (FormDocument d : docs) {
            for (FormDocument.Block b : d.blocks) {
                if (!(b instanceof Table t)) {
                    continue;
                }
                TableGrid g = new TableGrid(t);
                for (int r = 0; r < t.rows().size(); r++) {
                    if (t.rows().get(r).minHeightMm() > 0) {
                        continue;
                    }
                    // a cell that prints a field's value is a row the layout asked for, blank or not
                    boolean any = t.rows().get(r).cells().stream().anyMatch(c -> !c.bindings().isEmpty());
                    for (int c = 0; c < g.columns() && !any; c++) {
                        TableGrid.Placed p = g.at(r, c);
                        any = p != null && !p.cell().text().isBlank();
                    }
                    assertTrue(any, where + ": '" + d.name + "' table row " + (r + 1) + " is blank");
                }
            }
        }
    }

    // ---- pages

    private static void pages(String where, List<FormDocument> docs, Path docx, Path xlsx) {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            int breaks = count(xml, "w:type=\"page\"") + count(xml, "<w:pageBreakBefore") + count(xml, "<w:sectPr") - 1;
            int asked = (int) docs.stream().flatMap(d -> d.blocks.stream()).filter(x -> x instanceof FormDocument.PageBreak).count();
            assertTrue(breaks >= docs.size() - 1 + asked, where + ": " + docs.size() + " forms and " + asked
                    + " page breaks asked, the Word file breaks the page " + breaks + " times");
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                int visible = 0;
                for (int k = 0; k < wb.getNumberOfSheets(); k++) {
                    visible += wb.isSheetVeryHidden(k) || wb.isSheetHidden(k) ? 0 : 1;
                }
                assertEquals(docs.size(), visible, where + ": one sheet a form");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int at = s.indexOf(what); at >= 0; at = s.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    // ---- headers

    private static void headers(String where, List<FormDocument> docs, Path docx, Path xlsx) {
        try (ZipFile zip = new ZipFile(docx.toFile());
             InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            int declared = 0;
            for (int k = 0; k < docs.size(); k++) {
                Table first = docs.get(k).blocks.stream().filter(b -> b instanceof Table).map(b -> (Table) b)
                        .findFirst().orElse(null);
                if (first == null || first.headerRows() == 0) {
                    continue;
                }
                declared += first.headerRows();
                Table last = docs.get(k).blocks.stream().filter(b -> b instanceof Table).map(b -> (Table) b)
                        .reduce((a, b) -> b).orElseThrow();
                if (last.headerRows() > 0) {
                    CellRangeAddress rows = wb.getSheetAt(k).getRepeatingRows();
                    assertTrue(rows != null && rows.getLastRow() - rows.getFirstRow() + 1 == last.headerRows(),
                            where + ": sheet " + (k + 1) + " prints no title rows");
                }
            }
            assertTrue(count(xml, "<w:tblHeader") >= declared, where + ": " + declared + " header rows declared, "
                    + count(xml, "<w:tblHeader") + " repeat in Word");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- pdf

    /** The PDF starts each form on a page of its own (a form's first text at the top of a page). */
    private void pdf(String where, List<FormDocument> docs) {
        try {
            Path pdf = Files.createTempFile(dir, "form", ".pdf");
            try {
                PdfWriter.write(docs, pdf);
            } catch (Exception e) {
                Assumptions.assumeFalse(PdfWriter.missingFont(e), "no CJK font on this machine");
                throw e;
            }
            try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
                assertTrue(read.getNumberOfPages() >= docs.size(), where + ": " + docs.size() + " forms on "
                        + read.getNumberOfPages() + " pages");
                // each form's first line opens a page: count the pages that open with a form's first line
                List<String> firsts = docs.stream().map(d -> d.texts().isEmpty() ? "" : d.texts().get(0).strip()).toList();
                int opened = 0;
                String all = "";
                for (int page = 1; page <= read.getNumberOfPages(); page++) {
                    PDFTextStripper text = new PDFTextStripper();
                    text.setStartPage(page);
                    text.setEndPage(page);
                    String t = text.getText(read).strip();
                    all += t;
                    String line = t.lines().findFirst().orElse("").strip();
                    if (!line.isEmpty() && firsts.stream().anyMatch(f -> !f.isEmpty() && f.replaceAll("\\s", "").startsWith(line.replaceAll("\\s", "")))) {
                        opened++;
                    }
                }
                assertTrue(opened >= docs.size(), where + ": " + docs.size() + " forms, " + opened + " pages open with one");
                assertFalse(all.isBlank(), where + ": the PDF has no text");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
