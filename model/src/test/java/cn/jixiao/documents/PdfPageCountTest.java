package cn.jixiao.documents;

import cn.jixiao.documents.layout.SeedFidelity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each seed form's PDF has as many pages as its Word file (issue 17 acceptance: page counts as
 * the docx). The Word counts were measured with LibreOffice (soffice --headless --convert-to pdf,
 * then pdfinfo) on the docx DocxWriter writes, laid out with the font the PDF embeds (WenQuanYi
 * Zen Hei standing for 宋体/黑体/仿宋 through fontconfig): with the substitute LibreOffice picks
 * by itself on Linux (Noto Sans CJK, a taller line) 002_projects takes 5 pages, not 4. A form
 * whose count moves must be measured again that way and pinned here.
 */
class PdfPageCountTest {
    @TempDir
    Path dir;

    /** Pages of the docx of each seed form, as measured; forms not listed have one page. */
    static final Map<String, Integer> DOCX_PAGES = Map.ofEntries(
            Map.entry("001_report", 4), Map.entry("001_basic", 2),
            Map.entry("002_projects", 4), Map.entry("002_overall", 3),
            Map.entry("004_01", 2), Map.entry("004_02", 2), Map.entry("004_overall", 2), Map.entry("004_03", 2),
            Map.entry("004_04", 2), Map.entry("004_05", 2), Map.entry("004_06", 2), Map.entry("004_07", 2));

    static List<SeedFidelity.Entry> seedForms() {
        return SeedFidelity.manifest();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedForms")
    void asManyPagesAsTheDocx(SeedFidelity.Entry e) throws IOException {
        Path pdf = dir.resolve(e.key() + ".pdf");
        PdfWriter.write(SeedFidelity.render(e), pdf);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertEquals((int) DOCX_PAGES.getOrDefault(e.key(), 1), d.getNumberOfPages(), e + ": PDF pages against the docx's");
        }
    }

    @org.junit.jupiter.api.Test
    void everyPinnedFormIsASeedForm() {
        List<String> keys = seedForms().stream().map(SeedFidelity.Entry::key).toList();
        assertEquals(48, keys.size());
        assertTrue(keys.containsAll(DOCX_PAGES.keySet()), DOCX_PAGES.keySet().toString());
    }
}
