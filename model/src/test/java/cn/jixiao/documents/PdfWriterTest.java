package cn.jixiao.documents;

import cn.jixiao.documents.layout.SeedFidelity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF of every seed form reads back as the seed (the seed-fidelity comparison on the text a
 * PDF reader extracts), on A4 in the layout's orientation, with every font embedded, each
 * document starting a page of its own; and the table rules a printed form needs.
 */
class PdfWriterTest {
    private static final float A4_SHORT = 595.28f;
    private static final float A4_LONG = 841.89f;

    @TempDir
    Path dir;

    static List<SeedFidelity.Entry> seedForms() {
        return SeedFidelity.manifest();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedForms")
    void readsBackAsTheSeed(SeedFidelity.Entry e) throws IOException {
        List<FormDocument> docs = SeedFidelity.render(e);
        Path pdf = dir.resolve(e.key() + ".pdf");
        PdfWriter.write(docs, pdf);

        List<String> seed = e.key().equals("004_overall") ? SeedFidelity.xiangyinOverallCells() : SeedFidelity.seedCells(e);
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            String gen = SeedFidelity.norm(new PDFTextStripper().getText(read));
            SeedFidelity.Score s = SeedFidelity.score(seed, gen);
            List<String> missing = seed.stream().filter(c -> !gen.contains(c)).toList();
            System.out.println("pdf seed-fidelity " + e.key() + ": " + s + (missing.isEmpty() ? "" : " missing " + missing));
            assertTrue(s.recall() >= SeedFidelity.MIN_RECALL, e + ": " + s + "; missing " + missing);

            for (PDPage page : read.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), e + ": font " + font.getName() + " not embedded");
                }
            }
            assertPages(read, docs, e.toString());
        }
    }

    /** Each document on pages of its own, in its orientation: as many pages as the documents printed apart. */
    private void assertPages(PDDocument read, List<FormDocument> docs, String where) throws IOException {
        int expected = 0;
        List<Boolean> landscape = new ArrayList<>();
        for (FormDocument d : docs) {
            Path one = dir.resolve("one.pdf");
            PdfWriter.write(List.of(d), one);
            try (PDDocument single = Loader.loadPDF(one.toFile())) {
                expected += single.getNumberOfPages();
                for (int i = 0; i < single.getNumberOfPages(); i++) {
                    landscape.add(d.page.landscape());
                }
            }
        }
        assertEquals(expected, read.getNumberOfPages(), where + ": pages");
        for (int i = 0; i < read.getNumberOfPages(); i++) {
            PDRectangle box = read.getPage(i).getMediaBox();
            float w = landscape.get(i) ? A4_LONG : A4_SHORT;
            float h = landscape.get(i) ? A4_SHORT : A4_LONG;
            assertEquals(w, box.getWidth(), 0.5, where + ": page " + (i + 1) + " width");
            assertEquals(h, box.getHeight(), 0.5, where + ": page " + (i + 1) + " height");
        }
    }

    /** A long table continues on new pages under its header rows, and no row is cut by a page's foot. */
    @Test
    void repeatsTheHeaderRowsAndNeverSplitsARow() throws IOException {
        FormDocument d = new FormDocument("长表", PageSetup.A4_PORTRAIT);
        d.add(Paragraph.title("长表"));
        Table t = new Table(1, 3, 1).headerRows(1);
        t.row(Table.Cell.label("序号"), Table.Cell.label("指标名称"), Table.Cell.label("指标值"));
        for (int i = 1; i <= 120; i++) {
            t.row(Table.Cell.center(String.valueOf(i)), Table.Cell.of("第" + i + "项指标"), Table.Cell.amount("2677.71"));
        }
        d.add(t);
        Path pdf = dir.resolve("long.pdf");
        PdfWriter.write(List.of(d), pdf);
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            assertTrue(read.getNumberOfPages() >= 3, "pages: " + read.getNumberOfPages());
            int rows = 0;
            for (int p = 1; p <= read.getNumberOfPages(); p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(p);
                s.setEndPage(p);
                String page = s.getText(read);
                assertTrue(SeedFidelity.norm(page).contains("序号指标名称指标值"), "page " + p + " lacks the header: " + page);
                rows += (int) page.lines().filter(l -> l.contains("2677.71")).count();
            }
            assertEquals(120, rows, "each row whole on one page, the figure unbroken");
        }
    }

    /** A group of rows joined by a row span moves whole to the next page rather than being cut. */
    @Test
    void keepsRowsASpanJoinsTogether() throws IOException {
        FormDocument d = new FormDocument("分组", PageSetup.A4_PORTRAIT);
        Table t = new Table(1, 3);
        for (int g = 1; g <= 30; g++) {
            t.row(Table.Cell.label("组" + g).rows(4), Table.Cell.of("甲" + g));
            t.row(Table.Cell.of("乙" + g));
            t.row(Table.Cell.of("丙" + g));
            t.row(Table.Cell.of("丁" + g));
        }
        d.add(t);
        Path pdf = dir.resolve("groups.pdf");
        PdfWriter.write(List.of(d), pdf);
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            assertTrue(read.getNumberOfPages() >= 2);
            for (int p = 1; p <= read.getNumberOfPages(); p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(p);
                s.setEndPage(p);
                String page = SeedFidelity.norm(s.getText(read));
                for (int g = 1; g <= 30; g++) {
                    boolean first = page.contains("甲" + g + "乙") || page.endsWith("甲" + g);
                    boolean last = page.contains("丁" + g + "组") || page.contains("丁" + g + "甲") || page.endsWith("丁" + g);
                    assertEquals(first, last, "page " + p + " holds part of group " + g + ": " + page);
                }
            }
        }
    }

    /**
     * A project's rows that no page holds are broken between rows; the project's name, in a cell
     * spanning them all, prints in the first part that holds it (where the reader meets the
     * project), not in a later, taller one.
     */
    @Test
    void aSpanningCellCutByAPageBreakPrintsWhereItStarts() throws IOException {
        FormDocument d = new FormDocument("长项目", PageSetup.A4_PORTRAIT);
        for (int i = 0; i < 20; i++) {
            d.add(Paragraph.body("说明第" + i + "行"));
        }
        Table t = new Table(1, 3);
        t.row(Table.Cell.label("项目甲").rows(45), Table.Cell.of("指标1"));
        for (int i = 2; i <= 45; i++) {
            t.row(Table.Cell.of("指标" + i));
        }
        d.add(t);
        Path pdf = dir.resolve("span.pdf");
        PdfWriter.write(List.of(d), pdf);
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, read.getNumberOfPages());
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            String first = s.getText(read);
            assertTrue(first.contains("指标1") && first.contains("项目甲"), first);
            assertFalse(first.contains("指标45"), first);
        }
    }

    /** Figures and Latin words stay whole; ideographs break anywhere; a closing mark never starts a line. */
    @Test
    void wrapsBetweenIdeographsNeverInsideAFigure() {
        PdfWriter w = writer();
        float size = 10.5f;
        float width = w.width("资金总额2677", PdfFonts.Family.SONG, size);
        List<String> lines = w.wrap("资金总额2677.71万元，其中财政拨款", PdfFonts.Family.SONG, size, width, 0);
        assertTrue(lines.size() >= 2, lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("2677.71")), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("，")), lines.toString());
        assertEquals("资金总额2677.71万元，其中财政拨款", String.join("", lines));
    }

    @Test
    void saysInChineseWhenNoFontCanBeEmbedded() {
        PdfFonts.MissingFontException e = assertThrows(PdfFonts.MissingFontException.class,
                () -> PdfFonts.locate(Map.of(), List.of(), List.of(dir)));
        assertTrue(e.getMessage().contains("中文字体"), e.getMessage());
        assertFalse(e.getMessage().matches(".*[A-Z][a-z]+Exception.*"));
    }

    private static PdfWriter writer() {
        return PdfWriter.measuring(PdfFonts.system());
    }
}
