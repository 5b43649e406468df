package cn.jixiao.documents;

import cn.jixiao.documents.layout.AgencyOverallDeclaration2024;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.OverallFields;
import cn.jixiao.fields.UnitFields;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No figure wraps inside itself (issue 17: 2677.71 printed as '2677.7' + '1' in the narrow
 * columns of the 整体支出绩效目标表): the cell's type is stepped down until its widest figure fits.
 */
class FiguresStayWholeTest {
    @TempDir
    Path dir;

    /** A 部门整体 with four-decimal and thousands amounts typed in the narrow columns. */
    static List<FormDocument> overall() {
        Unit u = new Unit();
        UnitFields.NAME.set(u, "某市机关事务管理局");
        UnitFields.CODE.set(u, "101001");
        FiscalYear y = u.yearOrCreate(2024);
        OverallFields.GENERAL_PUBLIC_BUDGET.set(y.overall, "2677.71");
        OverallFields.GOVERNMENT_FUND.set(y.overall, "12345.6789");
        OverallFields.OTHER_FUNDS.set(y.overall, "38.1692");
        OverallFields.BASIC_EXPENSE.set(y.overall, "2000.58");
        OverallFields.PROJECT_EXPENSE.set(y.overall, "12361.0");
        return new AgencyOverallDeclaration2024().render(u, y, List.of());
    }

    static final List<String> FIGURES = List.of("2677.71", "12345.6789", "38.1692", "2000.58", "12361.0", "15061.5581");

    @Test
    void pdfPrintsEachFigureOnOneLine() throws Exception {
        Path pdf = dir.resolve("整体.pdf");
        PdfWriter.write(overall(), pdf);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(d);
            for (String f : FIGURES) {
                assertTrue(text.contains(f), f + " broken across lines in:\n" + text);
            }
        }
    }

    @Test
    void docxCellsAreWideEnoughForTheirFiguresAtTheirSize() throws Exception {
        Path docx = dir.resolve("整体.docx");
        DocxWriter.write(overall(), docx);
        int found = 0;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            for (XWPFTable t : d.getTables()) {
                for (XWPFTableRow r : t.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) {
                        String text = c.getText().strip();
                        if (!FIGURES.contains(text)) {
                            continue;
                        }
                        found++;
                        double widthPt = Double.parseDouble(String.valueOf(c.getCTTc().getTcPr().getTcW().getW())) / 20;
                        double sizePt = c.getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble();
                        // cell margins and a digit of 0.6 em, what a substituted CJK font may take
                        double need = text.length() * 0.6 * sizePt + 2 * 45 / 20.0;
                        assertTrue(need <= widthPt, text + " at " + sizePt + "pt needs " + need + "pt in a " + widthPt + "pt cell");
                    }
                }
            }
        }
        assertTrue(found >= 5, "figures found in cells: " + found);
    }

    @Test
    void xlsxCellsAreWideEnoughForTheirFiguresAtTheirSize() throws Exception {
        Path xlsx = dir.resolve("整体.xlsx");
        XlsxWriter.write(overall(), xlsx);
        int found = 0;
        try (InputStream in = Files.newInputStream(xlsx); org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = wb.getSheetAt(0);
            for (org.apache.poi.ss.usermodel.Row r : sheet) {
                for (org.apache.poi.ss.usermodel.Cell c : r) {
                    String text = c.getStringCellValue().strip();
                    if (!FIGURES.contains(text)) {
                        continue;
                    }
                    found++;
                    int last = c.getColumnIndex();
                    for (org.apache.poi.ss.util.CellRangeAddress m : sheet.getMergedRegions()) {
                        if (m.isInRange(c.getRowIndex(), c.getColumnIndex())) {
                            last = m.getLastColumn();
                        }
                    }
                    double widthPt = 0;
                    for (int k = c.getColumnIndex(); k <= last; k++) {
                        widthPt += sheet.getColumnWidth(k) / 256.0 * 2.1 / (25.4 / 72);
                    }
                    double sizePt = wb.getFontAt(c.getCellStyle().getFontIndex()).getFontHeightInPoints();
                    double need = text.length() * 0.6 * sizePt + 4;
                    assertTrue(need <= widthPt + 0.5, text + " at " + sizePt + "pt needs " + need + "pt in a " + widthPt + "pt cell");
                }
            }
        }
        assertTrue(found >= 5, "figures found in cells: " + found);
    }
}
