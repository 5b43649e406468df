package cn.jixiao.importing.source;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 读取 Excel (.xlsx and .xls alike, through POI's common usermodel): each visible sheet is cut into
 * blocks at rows that are empty (no text, no border: a bordered empty row is still part of its
 * table); a merged region becomes one cell with its spans; the rows at the top of a block that hold
 * one text and are no table row (no border, or one cell across the whole block: a title, "单位：万元",
 * "填报单位：…") are the block's textBefore. Numbers read as the cell shows them, dates as
 * yyyy-MM-dd, formulas by the value last calculated (nothing is recalculated).
 */
final class SheetReader {
    /** Cells one merged region may cover and still be read as merged. */
    private static final int MAX_MERGED_CELLS = 10_000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Path file;
    private final DataFormatter format = new DataFormatter(Locale.CHINA);
    private final List<SourceTable> tables = new ArrayList<>();
    private final List<String> carried = new ArrayList<>();

    private SheetReader(Path file) {
        this.file = file;
    }

    static SourceDocument read(Path file, Workbook wb, SourceDocument.Format kind, Map<String, String> properties)
            throws ImportRefusal {
        SheetReader r = new SheetReader(file);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                continue;
            }
            r.sheet(wb.getSheetAt(i));
        }
        return new SourceDocument(file, kind, r.tables, r.carried, properties);
    }

    /** A sheet read into its rows of texts, merged regions spread over the positions they cover. */
    private void sheet(Sheet sheet) throws ImportRefusal {
        String name = sheet.getSheetName();
        int first = Math.max(0, sheet.getFirstRowNum());
        int last = sheet.getLastRowNum();
        Map<Long, CellRangeAddress> merged = new HashMap<>();
        List<CellRangeAddress> regions = new ArrayList<>();
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            // a form merges a few cells; a region of whole rows or columns (crafted, or a slip of the
            // mouse) would fill memory position by position and is read as unmerged cells
            if (m.getNumberOfCells() <= MAX_MERGED_CELLS) {
                regions.add(m);
            }
        }
        for (CellRangeAddress m : regions) {
            last = Math.max(last, m.getLastRow());
            for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                    merged.put(key(r, c), m);
                }
            }
        }
        if (last < first) {
            return;
        }
        int n = last - first + 1;
        String[][] text = new String[n][];
        boolean[][] border = new boolean[n][];
        for (int r = first; r <= last; r++) {
            Row row = sheet.getRow(r);
            int width = row == null ? 0 : Math.max(0, row.getLastCellNum());
            text[r - first] = new String[width];
            border[r - first] = new boolean[width];
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    continue;
                }
                String t = SourceText.tidy(text(cell));
                SourceText.checkLength(file, t, place(name, r, c));
                text[r - first][c] = t;
                border[r - first][c] = bordered(cell.getCellStyle());
            }
        }
        int[] mergedWidth = new int[n];
        for (CellRangeAddress m : regions) {
            for (int r = Math.max(first, m.getFirstRow()); r <= m.getLastRow(); r++) {
                mergedWidth[r - first] = Math.max(mergedWidth[r - first], m.getLastColumn() + 1);
            }
        }
        Layout layout = new Layout(first, text, border, merged, mergedWidth);
        boolean newSheet = true;
        int[] breaks = sheet.getRowBreaks();
        int r = first;
        int previousEnd = -1;
        while (r <= last) {
            if (layout.empty(r)) {
                r++;
                continue;
            }
            int start = r;
            while (r <= last && !layout.empty(r)) {
                r++;
            }
            // a new sheet separates this block from the previous table, if there is one
            block(sheet, layout, start, r - 1, newSheet && !tables.isEmpty() || breakBetween(breaks, previousEnd, start));
            newSheet = false;
            previousEnd = r - 1;
        }
    }

    /** One block of rows [top, bottom]: its single-text rows at the top are text before it. */
    private void block(Sheet sheet, Layout l, int top, int bottom, boolean pageBreak) throws ImportRefusal {
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int r = top; r <= bottom; r++) {
            for (int c = 0; c < l.width(r); c++) {
                if (l.used(r, c)) {
                    left = Math.min(left, c);
                    right = Math.max(right, c);
                }
            }
        }
        if (right < 0) {
            return;
        }
        boolean tableBelow = false;
        for (int r = top; r <= bottom && !tableBelow; r++) {
            tableBelow = l.bordered(r, left, right);
        }
        int start = top;
        while (start <= bottom && (l.titleRow(start, left, right) || tableBelow && !l.bordered(start, left, right))) {
            // "填报单位（盖章）  金额单位：万元" above a bordered table: the texts of the row, tab-separated as Word has them
            carried.add(l.texts(start, left, right));
            start++;
        }
        if (start > bottom) {
            return;
        }
        String name = sheet.getSheetName();
        int rows = bottom - start + 1;
        int columns = right - left + 1;
        Map<Long, SourceCell> made = new HashMap<>();
        List<List<SourceCell>> grid = new ArrayList<>(rows);
        for (int r = start; r <= bottom; r++) {
            List<SourceCell> row = new ArrayList<>(columns);
            for (int c = left; c <= right; c++) {
                CellRangeAddress m = l.merged.get(key(r, c));
                int r0 = r;
                int c0 = c;
                int rowSpan = 1;
                int colSpan = 1;
                if (m != null) {
                    // a region reaching above the block or left of it starts at the block's edge
                    r0 = Math.max(m.getFirstRow(), start);
                    c0 = Math.max(m.getFirstColumn(), left);
                    rowSpan = Math.min(m.getLastRow(), bottom) - r0 + 1;
                    colSpan = Math.min(m.getLastColumn(), right) - c0 + 1;
                }
                long k = key(r0, c0);
                SourceCell cell = made.get(k);
                if (cell == null) {
                    String t = m == null ? l.own(r, c) : l.own(m.getFirstRow(), m.getFirstColumn());
                    cell = new SourceCell(r0 - start, c0 - left, rowSpan, colSpan, t == null ? "" : t,
                            place(name, m == null ? r : m.getFirstRow(), m == null ? c : m.getFirstColumn()));
                    made.put(k, cell);
                }
                row.add(cell);
            }
            grid.add(row);
        }
        int index = tables.size();
        tables.add(new SourceTable(index, "工作表“" + name + "”" + place(r(start), left, bottom, right), name,
                List.copyOf(carried), pageBreak, grid));
        carried.clear();
    }

    private static String place(String top, int left, int bottom, int right) {
        return " " + CellReference.convertNumToColString(left) + top + ":" + CellReference.convertNumToColString(right)
                + (bottom + 1);
    }

    private static String r(int row) {
        return String.valueOf(row + 1);
    }

    /** A manual page break after a row from the previous block's last to just above this one. */
    private static boolean breakBetween(int[] breaks, int previousEnd, int start) {
        for (int b : breaks) {
            if (b >= previousEnd && b < start) {
                return true;
            }
        }
        return false;
    }

    static String place(String sheet, int row, int column) {
        return "工作表“" + sheet + "” " + CellReference.convertNumToColString(column) + (row + 1);
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    private static boolean bordered(CellStyle s) {
        return s != null && (s.getBorderTop() != BorderStyle.NONE || s.getBorderBottom() != BorderStyle.NONE
                || s.getBorderLeft() != BorderStyle.NONE || s.getBorderRight() != BorderStyle.NONE);
    }

    /** The text a cell shows. */
    private String text(Cell c) {
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case STRING -> c.getRichStringCellValue().getString();
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(c)) {
                    yield c.getLocalDateTimeCellValue().format(DATE);
                }
                CellStyle s = c.getCellStyle();
                yield format.formatRawCellContents(c.getNumericCellValue(), s.getDataFormat(), s.getDataFormatString());
            }
            case BOOLEAN -> c.getBooleanCellValue() ? "是" : "否";
            case ERROR -> {
                try {
                    yield FormulaError.forInt(c.getErrorCellValue()).getString();
                } catch (IllegalArgumentException e) {
                    yield "";
                }
            }
            default -> "";
        };
    }

    /** A sheet's texts and borders with its merged regions, rows counted from the sheet's first. */
    private record Layout(int first, String[][] text, boolean[][] border, Map<Long, CellRangeAddress> merged,
                          int[] mergedWidth) {
        int width(int row) {
            // a merged region may reach right of the row's last cell
            return Math.max(text[row - first].length, mergedWidth[row - first]);
        }

        String own(int row, int column) {
            if (row < first || row - first >= text.length) {
                return null;
            }
            String[] t = text[row - first];
            return column < t.length ? t[column] : null;
        }

        /** The text shown at a position: its own, or its merged region's. */
        String shown(int row, int column) {
            CellRangeAddress m = merged.get(key(row, column));
            String t = m == null ? own(row, column) : own(m.getFirstRow(), m.getFirstColumn());
            return t == null ? "" : t;
        }

        boolean hasBorder(int row, int column) {
            boolean[] b = border[row - first];
            return column < b.length && b[column];
        }

        /** Shows text, has a border or lies in a merged region. */
        boolean used(int row, int column) {
            return !blank(shown(row, column)) || hasBorder(row, column) || merged.containsKey(key(row, column));
        }

        boolean empty(int row) {
            for (int c = 0; c < width(row); c++) {
                if (!blank(shown(row, c)) || hasBorder(row, c)) {
                    return false;
                }
            }
            return true;
        }

        /** The column of the row's only text, -1 when it has none or several. */
        int onlyText(int row) {
            int found = -1;
            CellRangeAddress foundRegion = null;
            for (int c = 0; c < width(row); c++) {
                if (blank(shown(row, c))) {
                    continue;
                }
                CellRangeAddress m = merged.get(key(row, c));
                if (found >= 0 && (m == null || m != foundRegion)) {
                    return -1;
                }
                if (found < 0) {
                    found = c;
                    foundRegion = m;
                }
            }
            return found;
        }

        boolean bordered(int row, int left, int right) {
            for (int k = left; k <= right; k++) {
                if (hasBorder(row, k)) {
                    return true;
                }
            }
            return false;
        }

        /** The row's texts left to right, a merged cell once, joined by tabs. */
        String texts(int row, int left, int right) {
            StringBuilder b = new StringBuilder();
            CellRangeAddress last = null;
            for (int c = left; c <= right; c++) {
                CellRangeAddress m = merged.get(key(row, c));
                if (m != null && m == last) {
                    continue;
                }
                last = m;
                String t = shown(row, c);
                if (!blank(t)) {
                    b.append(b.length() == 0 ? "" : "\t").append(t);
                }
            }
            return b.toString();
        }

        /** One text in the row, and it is no table row: no border, or one cell across the whole block. */
        boolean titleRow(int row, int left, int right) {
            int c = onlyText(row);
            if (c < 0) {
                return false;
            }
            CellRangeAddress m = merged.get(key(row, c));
            if (m != null && m.getFirstRow() != row || m != null && m.getLastRow() != row) {
                return false;
            }
            boolean across = m != null && m.getFirstColumn() <= left && m.getLastColumn() >= right;
            return !bordered(row, left, right) || across;
        }

        private static boolean blank(String s) {
            return s == null || s.replace('\u3000', ' ').isBlank();
        }
    }
}
