package cn.jixiao.documents;

import cn.jixiao.domain.TextInput;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Renders form documents into one Excel workbook, one sheet per document, laid out to print
 * like the Word form: A4, fit to one page wide, header rows repeated, borders on every cell of a
 * merge. Every value is written as text: a goal that starts with '=' stays a goal.
 *
 * <p>Streams (SXSSF): the rows of one block (a table or a paragraph) are kept until the block is
 * laid out (its row heights depend on all its cells), then written to a temporary file, so memory
 * grows with the largest table, not with the number of projects. A text Excel cannot hold (over
 * 32,767 characters in a cell) is cut with a visible mark, and the cut is told as a warning.
 */
public final class XlsxWriter {
    /** Excel measures columns in widths of the default font's digit; 宋体 11 gives about this many mm. */
    private static final double MM_PER_CHAR = 2.1;
    private static final double MAX_ROW_POINTS = 409;
    private static final double MM_PER_POINT = 25.4 / 72;
    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final String CUT_MARK = "……（此格文字超过 Excel 单元格上限 32767 字，以下从略，全文见 Word 版）";
    private static final int MAX_SHEET_NAME = 31;

    /** No automatic flushing: each block's rows are flushed once laid out (see {@link #flush}). */
    private final SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), -1, true);
    private final Consumer<String> warnings;
    private String documentName = "";
    /** The most rows held in memory at once, for the test that the writer streams. */
    int maxRowsHeld;
    private final Map<StyleKey, XSSFCellStyle> styles = new HashMap<>();
    private final Map<FormFonts.Font, XSSFFont> fonts = new HashMap<>();
    private final Set<String> sheetNames = new HashSet<>(Set.of(FIELD_SHEET.toLowerCase(Locale.ROOT)));
    /** The bound values laid out so far, for the field sheet written last. */
    private final List<Bound> bound = new java.util.ArrayList<>();
    private FormDocument.Origin origin;
    private final List<FormDocument.Carried> carried = new java.util.ArrayList<>();
    private String sheet = "";
    /** The current sheet's row heights in points, its rows joined by a cell spanning them, and its forced breaks. */
    private final List<Double> rowPoints = new java.util.ArrayList<>();
    private final List<int[]> joined = new java.util.ArrayList<>();
    private final Set<Integer> forcedBreaks = new java.util.TreeSet<>();

    /**
     * The very hidden sheet that lists every bound value: a formula pointing at its cell (Excel and
     * LibreOffice keep it pointing there when rows are inserted or the sheet renamed), the field's
     * address, the text before the value in the cell, the text after it, and its length.
     */
    static final String FIELD_SHEET = "jixiao字段";

    /** One bound value: where, which field, and the cell's text around it. */
    private record Bound(String sheet, int row, int col, String address, String lead, String after, int length,
                         String separator) {
    }

    private record StyleKey(FormFonts.Font font, HorizontalAlignment align, boolean border, boolean vertical) {
    }

    static {
        PoiLogging.quiet();
    }

    private XlsxWriter(Consumer<String> warnings) {
        this.warnings = warnings;
        XSSFFont base = wb.getXSSFWorkbook().getFontAt(0);
        base.setFontName(FormFonts.SONG);
        base.setFontHeightInPoints((short) 11);
    }

    public static void write(List<FormDocument> documents, Path target) throws IOException {
        write(documents, target, w -> { });
    }

    /** Writes the documents, telling {@code warnings} of any text that had to be changed to fit. */
    public static void write(Iterable<FormDocument> documents, Path target, Consumer<String> warnings) throws IOException {
        FileOutput.write(target, out -> write(documents, out, warnings));
    }

    public static void write(List<FormDocument> documents, OutputStream out) throws IOException {
        write(documents, out, w -> { });
    }

    static XlsxWriter write(Iterable<FormDocument> documents, OutputStream out, Consumer<String> warnings) throws IOException {
        XlsxWriter w = new XlsxWriter(warnings);
        try {
            boolean any = false;
            for (FormDocument d : documents) {
                w.sheet(d);
                any = true;
            }
            if (!any) {
                throw new IllegalArgumentException("没有要写出的表单");
            }
            w.fieldSheet();
            w.wb.write(out);
        } finally {
            w.wb.close();
        }
        return w;
    }

    private void sheet(FormDocument doc) throws IOException {
        documentName = doc.name == null ? "" : doc.name;
        carried.addAll(doc.carried());
        if (origin == null) {
            origin = doc.origin().orElse(null);
        }
        this.sheet = sheetName(doc.name);
        SXSSFSheet sheet = wb.createSheet(this.sheet);
        sheet.setDisplayGridlines(false);
        SharedGrid cols = SharedGrid.of(doc);
        for (int c = 0; c < cols.count(); c++) {
            sheet.setColumnWidth(c, (int) Math.round(cols.widthMm(c) / MM_PER_CHAR * 256));
        }
        int row = 0;
        rowPoints.clear();
        joined.clear();
        forcedBreaks.clear();
        CellRangeAddress repeat = null;
        for (FormDocument.Block b : doc.blocks) {
            if (b instanceof Paragraph p) {
                row = paragraph(sheet, cols, p, row);
            } else if (b instanceof Table t) {
                // A sheet repeats one range of rows on every later page, so only the header of the
                // last table can be right there, and only when no page break follows it.
                repeat = t.headerRows() > 0 ? new CellRangeAddress(row, row + t.headerRows() - 1, -1, -1) : null;
                row = table(sheet, cols, t, doc.page, row);
            } else if (b instanceof FormDocument.PageBreak && row > 0) {
                sheet.setRowBreak(row - 1);
                forcedBreaks.add(row - 1);
                repeat = null;
            }
            flush(sheet);
        }
        if (repeat != null) {
            sheet.setRepeatingRows(repeat);
        }
        paginate(sheet, doc.page, cols, repeat);
        printSetup(sheet, doc.page, cols.count() - 1, Math.max(row - 1, 0));
    }

    private void height(int row, double points) {
        while (rowPoints.size() <= row) {
            rowPoints.add(0.0);
        }
        rowPoints.set(row, points);
    }

    /**
     * Row breaks where a page is full, as the PDF and Word forms break: never inside rows a
     * spanning cell joins (a project's rows under its merged name cell start a new page together
     * when they do not fit on the rest of this one), the repeated header rows counted on every
     * later page. Left to itself a spreadsheet breaks by height alone, printing a merged name
     * cell on one page and the rows it names on the next.
     */
    private void paginate(SXSSFSheet sheet, PageSetup page, SharedGrid cols, CellRangeAddress repeat) {
        double pageMm = (page.landscape() ? 210 : 297) - page.topMm() - page.bottomMm();
        // fit to one page wide: rows shrink with the columns when the sheet is wider than the page
        double scale = Math.min(1, page.contentWidthMm() / Math.max(1, cols.widthMm(0, cols.count() - 1)));
        double avail = pageMm / MM_PER_POINT / scale * 0.97;
        double header = 0;
        if (repeat != null) {
            for (int r = repeat.getFirstRow(); r <= repeat.getLastRow() && r < rowPoints.size(); r++) {
                header += rowPoints.get(r);
            }
        }
        double used = 0;
        boolean fresh = true;
        int r = 0;
        while (r < rowPoints.size()) {
            int end = r;
            for (boolean grew = true; grew; ) {
                grew = false;
                for (int[] j : joined) {
                    if (j[0] <= end && j[1] > end && j[0] >= r) {
                        end = j[1];
                        grew = true;
                    }
                }
            }
            double h = 0;
            for (int k = r; k <= end; k++) {
                h += rowPoints.get(k);
            }
            if (used + h > avail && !fresh) {
                sheet.setRowBreak(r - 1);
                used = repeat != null && r > repeat.getLastRow() ? header : 0;
            }
            used += h;
            fresh = false;
            if (forcedBreaks.contains(end)) {
                used = 0;
                fresh = true;
            }
            r = end + 1;
        }
    }

    /** The block's rows are laid out: write them out of memory. */
    private void flush(SXSSFSheet sheet) throws IOException {
        int held = sheet.getPhysicalNumberOfRows() - (sheet.getLastFlushedRowNum() + 1);
        maxRowsHeld = Math.max(maxRowsHeld, held);
        sheet.flushRows();
    }

    private void printSetup(SXSSFSheet sheet, PageSetup page, int lastCol, int lastRow) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(page.landscape());
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.TOP, page.topMm() / 25.4);
        sheet.setMargin(PageMargin.BOTTOM, page.bottomMm() / 25.4);
        sheet.setMargin(PageMargin.LEFT, page.leftMm() / 25.4);
        sheet.setMargin(PageMargin.RIGHT, page.rightMm() / 25.4);
        sheet.setMargin(PageMargin.HEADER, Math.min(12, page.topMm() / 2) / 25.4);
        sheet.setMargin(PageMargin.FOOTER, Math.min(12, page.bottomMm() / 2) / 25.4);
        sheet.setHorizontallyCenter(true);
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, lastCol, 0, lastRow);
    }

    private int paragraph(SXSSFSheet sheet, SharedGrid cols, Paragraph p, int row) {
        HorizontalAlignment align = switch (p.align()) {
            case LEFT -> HorizontalAlignment.LEFT;
            case CENTER -> HorizontalAlignment.CENTER;
            case RIGHT -> HorizontalAlignment.RIGHT;
            case JUSTIFY -> HorizontalAlignment.JUSTIFY;
        };
        int last = cols.count() - 1;
        FormText.Bound bound = FormText.clean(p.text(), p.bindings(), this::removed);
        int offset = 0;
        for (String line : bound.text().split("\n", -1)) {
            FormFonts.Font font = FormFonts.paragraph(p.style(), line, cols.edge(cols.count()));
            SXSSFRow r = sheet.createRow(row);
            double lines = lineCount(line, cols.widthMm(0, last), font.sizePt());
            double extra = p.style() == Paragraph.Style.TITLE ? 10 : 4;
            r.setHeightInPoints((float) Math.min(MAX_ROW_POINTS, lines * font.sizePt() * 1.35 + extra));
            height(row, r.getHeightInPoints());
            String[] parts = line.split("\t", -1);
            int[] starts = spread(cols, parts.length);
            if (starts == null) {
                put(sheet, row, 0, last, line, style(new StyleKey(font, align, false, false)));
                note(bound, offset, offset + line.length(), row, 0);
            } else {
                int at = offset;
                for (int i = 0; i < parts.length; i++) {
                    HorizontalAlignment a = i == 0 ? HorizontalAlignment.LEFT
                            : i == parts.length - 1 ? HorizontalAlignment.RIGHT : HorizontalAlignment.CENTER;
                    put(sheet, row, starts[i], starts[i + 1] - 1, parts[i], style(new StyleKey(font, a, false, false)));
                    note(bound, at, at + parts[i].length(), row, starts[i]);
                    at += parts[i].length() + 1;
                }
            }
            offset += line.length() + 1;
            row++;
        }
        return row;
    }

    /**
     * Where the tab-separated parts of a form line start: equal shares of the width, as a Word
     * tab stop would put them, each part at least one column of its own (four parts over columns of
     * 40, 20, 20, 20 would otherwise meet at one edge). Null when there are no tabs or too few columns.
     */
    private static int[] spread(SharedGrid cols, int parts) {
        if (parts < 2 || cols.count() < parts) {
            return null;
        }
        double width = cols.edge(cols.count());
        int[] starts = new int[parts + 1];
        starts[parts] = cols.count();
        for (int i = 1; i < parts; i++) {
            int at = Math.max(cols.at(width * i / parts), starts[i - 1] + 1);
            starts[i] = Math.min(at, cols.count() - (parts - i));
        }
        return starts;
    }

    private void put(SXSSFSheet sheet, int row, int first, int last, String text, XSSFCellStyle style) {
        if (text.isBlank()) {
            return;
        }
        SXSSFCell c = sheet.getRow(row).createCell(first);
        c.setCellValue(fit(text));
        c.setCellStyle(style);
        if (last > first) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, first, last));
        }
    }

    private int table(SXSSFSheet sheet, SharedGrid cols, Table table, PageSetup page, int top) {
        TableGrid grid = new TableGrid(table);
        int[] sheetCol = cols.map(table, page.contentWidthMm());
        double[] heights = new double[grid.rows()];
        for (int r = 0; r < grid.rows(); r++) {
            double mm = r < table.rows().size() ? table.rows().get(r).minHeightMm() : 0;
            heights[r] = (mm > 0 ? mm : DocxWriter.DEFAULT_ROW_MM) / MM_PER_POINT;
            sheet.createRow(top + r);
        }
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                TableGrid.Placed p = grid.at(r, c);
                if (p == null) {
                    fill(sheet, top + r, top + r, sheetCol[c], sheetCol[c + 1] - 1, blankStyle(table), null);
                }
            }
            for (TableGrid.Placed p : grid.declaredIn(r)) {
                Table.Cell cell = p.cell();
                // a figure keeps to one line: the type steps down as in the Word and PDF forms
                double innerPt = cols.widthMm(sheetCol[p.col()], sheetCol[p.lastCol() + 1] - 1) / MM_PER_POINT - 4;
                FormFonts.Font font = cell.vertical() ? FormFonts.cell(table, cell)
                        : FormFonts.fitFigures(FormFonts.cell(table, cell), cell.text(), innerPt, FormFonts::figureEms);
                HorizontalAlignment align = switch (cell.align()) {
                    case LEFT -> HorizontalAlignment.LEFT;
                    case CENTER -> HorizontalAlignment.CENTER;
                    case RIGHT -> HorizontalAlignment.RIGHT;
                };
                int first = sheetCol[p.col()];
                int last = sheetCol[p.lastCol() + 1] - 1;
                String text = text(cell, top + p.row(), first);
                fill(sheet, top + p.row(), top + p.lastRow(), first, last,
                        style(new StyleKey(font, align, true, cell.vertical())), text);
                if (p.lastRow() > p.row() || last > first) {
                    sheet.addMergedRegionUnsafe(new CellRangeAddress(top + p.row(), top + p.lastRow(), first, last));
                }
                if (p.lastRow() > p.row()) {
                    joined.add(new int[]{top + p.row(), top + p.lastRow()});
                }
                double need = cell.vertical()
                        ? text.replace("\n", "").length() * font.sizePt() * 1.2 + 6
                        : lineCount(text, cols.widthMm(first, last), font.sizePt()) * font.sizePt() * 1.3 + 5;
                grow(heights, p.row(), p.lastRow(), need);
            }
        }
        for (int r = 0; r < grid.rows(); r++) {
            sheet.getRow(top + r).setHeightInPoints((float) Math.min(MAX_ROW_POINTS, heights[r]));
            height(top + r, Math.min(MAX_ROW_POINTS, heights[r]));
        }
        return top + grid.rows();
    }

    /** The cell's text as written, its bound values noted for the field sheet. */
    private String text(Table.Cell cell, int row, int col) {
        FormText.Bound t = FormText.clean(cell.text(), cell.bindings(), this::removed);
        note(t, 0, t.text().length(), row, col);
        return t.text();
    }

    /**
     * Notes the bound values printed in one cell: the part {@code [from, to)} of a bound text. A
     * value that goes on from the cell before (over a line or tab the form prints in separate cells)
     * is noted as continuing it, with the character between them.
     */
    private void note(FormText.Bound t, int from, int to, int row, int col) {
        List<int[]> pieces = new java.util.ArrayList<>();
        List<Binding> owners = new java.util.ArrayList<>();
        List<String> separators = new java.util.ArrayList<>();
        for (Binding b : t.bindings()) {
            boolean startsHere = b.start() >= from && b.start() <= to;
            boolean goesOn = b.start() < from && b.end() >= from;
            if (!startsHere && !goesOn) {
                continue;
            }
            pieces.add(new int[] {Math.max(b.start(), from), Math.min(b.end(), to)});
            owners.add(b);
            separators.add(goesOn ? String.valueOf(t.text().charAt(from - 1)) : b.continued() ? "\n" : "");
        }
        int at = from;
        for (int k = 0; k < pieces.size(); k++) {
            int[] piece = pieces.get(k);
            String lead = t.text().substring(at, piece[0]);
            int nextStart = k + 1 < pieces.size() ? pieces.get(k + 1)[0] : to;
            String after = t.text().substring(piece[1], nextStart);
            bound.add(new Bound(sheet, row, col, owners.get(k).at().encode(), lead, after, piece[1] - piece[0],
                    separators.get(k)));
            at = piece[1];
        }
    }

    /** The very hidden field sheet and the document properties naming the unit, year, form and style. */
    private void fieldSheet() {
        if (origin != null) {
            var custom = wb.getXSSFWorkbook().getProperties().getCustomProperties();
            custom.addProperty(FormReader.UNIT_ID, origin.unitId());
            custom.addProperty(FormReader.UNIT, origin.unitName());
            custom.addProperty(FormReader.YEAR, String.valueOf(origin.year()));
            custom.addProperty(FormReader.FORM, origin.form());
            custom.addProperty(FormReader.STYLE, origin.style());
            custom.addProperty(FormReader.FRAMEWORK, origin.framework());
        }
        var custom = wb.getXSSFWorkbook().getProperties().getCustomProperties();
        for (int k = 0; k < carried.size(); k++) {
            custom.addProperty(FormReader.CARRIED + (k + 1), FormReader.carried(carried.get(k)));
        }
        if (bound.isEmpty()) {
            return;
        }
        SXSSFSheet s = wb.createSheet(FIELD_SHEET);
        SXSSFRow head = s.createRow(0);
        String[] titles = {"单元格", "字段", "前文", "后文", "长度", "接上"};
        for (int c = 0; c < titles.length; c++) {
            head.createCell(c).setCellValue(titles[c]);
        }
        int r = 1;
        for (Bound x : bound) {
            SXSSFRow row = s.createRow(r++);
            row.createCell(0).setCellFormula("'" + x.sheet().replace("'", "''") + "'!"
                    + new org.apache.poi.ss.util.CellReference(x.row(), x.col()).formatAsString(false));
            row.createCell(1).setCellValue(x.address());
            row.createCell(2).setCellValue(x.lead());
            row.createCell(3).setCellValue(x.after());
            row.createCell(4).setCellValue(x.length());
            if (!x.separator().isEmpty()) {
                row.createCell(5).setCellValue(x.separator());
            }
        }
        wb.setSheetVisibility(wb.getSheetIndex(s), org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
    }

    private void removed(TextInput.Cleaned c) {
        warnings.accept(c.notice("表单“" + documentName + "”的一处文字"));
    }

    /** The text as a cell can hold it: over Excel's limit, cut with a visible mark and a warning. */
    private String fit(String text) {
        if (text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        warnings.accept("表单“" + documentName + "”中有一格文字共 " + text.length() + " 字，超过 Excel 单元格上限 "
                + MAX_CELL_CHARS + " 字，已截断并注明“以下从略”；全文请导出 Word 版查看。");
        return FormText.cut(text, MAX_CELL_CHARS - CUT_MARK.length()) + CUT_MARK;
    }

    /** Spreads the height a cell needs over the rows it spans. */
    private static void grow(double[] heights, int from, int to, double need) {
        double have = 0;
        for (int r = from; r <= to; r++) {
            have += heights[r];
        }
        if (have < need) {
            double add = (need - have) / (to - from + 1);
            for (int r = from; r <= to; r++) {
                heights[r] += add;
            }
        }
    }

    /** Every position of a merge gets the style, or its borders print only around the first one. */
    private void fill(SXSSFSheet sheet, int r1, int r2, int c1, int c2, XSSFCellStyle style, String text) {
        for (int r = r1; r <= r2; r++) {
            SXSSFRow row = sheet.getRow(r);
            for (int c = c1; c <= c2; c++) {
                SXSSFCell cell = row.createCell(c);
                cell.setCellStyle(style);
                if (r == r1 && c == c1 && text != null && !text.isEmpty()) {
                    cell.setCellValue(fit(text));
                }
            }
        }
    }

    private XSSFCellStyle blankStyle(Table table) {
        return style(new StyleKey(new FormFonts.Font(FormFonts.SONG, FormFonts.dense(table) ? 9 : 10.5, false),
                HorizontalAlignment.LEFT, true, false));
    }

    private XSSFCellStyle style(StyleKey key) {
        return styles.computeIfAbsent(key, k -> {
            XSSFCellStyle s = wb.getXSSFWorkbook().createCellStyle();
            s.setFont(font(k.font()));
            s.setAlignment(k.align());
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            if (k.vertical()) {
                // Stacked characters; wrapping them as well makes LibreOffice pin the stack to the left.
                s.setRotation((short) 255);
            } else {
                s.setWrapText(true);
            }
            if (k.border()) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            return s;
        });
    }

    private XSSFFont font(FormFonts.Font f) {
        return fonts.computeIfAbsent(f, k -> {
            XSSFFont font = wb.getXSSFWorkbook().createFont();
            font.setFontName(k.family());
            font.setFontHeight(k.sizePt());
            font.setBold(k.bold());
            font.setCharSet(134); // GB2312: tells Excel and WPS the name is a Chinese font
            return font;
        });
    }

    /** Lines of wrapped text in a cell this wide: a Chinese character is one em, Latin half. */
    static double lineCount(String text, double widthMm, double sizePt) {
        double perLine = Math.max(1, (widthMm - 2) / (sizePt * MM_PER_POINT));
        double lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, Math.ceil(FormFonts.ems(line) / perLine * 1.05));
        }
        return lines;
    }

    /**
     * A name Excel accepts: at most 31 characters, none of []:*?/\, no control character (they
     * break workbook.xml), not blank, not 'History', unique without regard to case.
     */
    private String sheetName(String name) {
        String clean = TextInput.clean(name == null ? "" : name).text().replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        String base = WorkbookUtil.createSafeSheetName(clean.isEmpty() ? "表" : FormText.cut(clean, MAX_SHEET_NAME), '_');
        if (base.isBlank()) {
            base = "表";
        }
        if (base.equalsIgnoreCase("History")) {
            base = "History_";
        }
        String candidate = base;
        for (int n = 2; sheetNames.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "(" + n + ")";
            candidate = FormText.cut(base, MAX_SHEET_NAME - suffix.length()) + suffix;
        }
        sheetNames.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }
}
