package cn.jixiao.documents;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the texts of a Word or Excel file back in reading order, each merged cell once: the
 * check that what a writer put on paper is what the form declared, and a way to compare a
 * generated form with a published one. Blank lines outside tables are skipped; table cells are
 * kept even when empty, so positions stay comparable.
 */
public final class DocumentText {
    static {
        PoiLogging.quiet();
    }

    private DocumentText() {
    }

    /** Body paragraphs (one entry per line) and table cells (lines joined by '\n'), in order. */
    public static List<String> docx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> out = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    String t = p.getText();
                    if (!t.isBlank()) {
                        out.add(t);
                    }
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            if (!continuesMerge(cell.getCTTc().getTcPr())) {
                                out.add(cellText(cell));
                            }
                        }
                    }
                }
            }
            return out;
        }
    }

    /**
     * Every sheet the reader sees, row by row; a merged region counts once, at its top-left cell.
     * The hidden sheet of field bindings is not part of the form.
     */
    public static List<String> xlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            DataFormatter format = new DataFormatter();
            List<String> out = new ArrayList<>();
            for (Sheet sheet : wb) {
                if (wb.getSheetVisibility(wb.getSheetIndex(sheet)) != org.apache.poi.ss.usermodel.SheetVisibility.VISIBLE) {
                    continue;
                }
                Set<Long> covered = new HashSet<>();
                for (CellRangeAddress m : sheet.getMergedRegions()) {
                    for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                        for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                            if (r != m.getFirstRow() || c != m.getFirstColumn()) {
                                covered.add(key(r, c));
                            }
                        }
                    }
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (!covered.contains(key(cell.getRowIndex(), cell.getColumnIndex()))) {
                            out.add(format.formatCellValue(cell));
                        }
                    }
                }
            }
            return out;
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    /** A vMerge without 'restart' (legacy hMerge likewise) continues the cell above or to the left. */
    private static boolean continuesMerge(CTTcPr pr) {
        if (pr == null) {
            return false;
        }
        if (pr.isSetVMerge() && (!pr.getVMerge().isSetVal() || pr.getVMerge().getVal() == STMerge.CONTINUE)) {
            return true;
        }
        return pr.isSetHMerge() && (!pr.getHMerge().isSetVal() || pr.getHMerge().getVal() == STMerge.CONTINUE);
    }

    private static String cellText(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            lines.add(p.getText());
        }
        return String.join("\n", lines);
    }
}
