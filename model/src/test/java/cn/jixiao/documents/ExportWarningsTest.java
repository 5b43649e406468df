package cn.jixiao.documents;

import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14 items 9 and 11: what cannot go into a document is said, and the document still opens. */
class ExportWarningsTest {
    @TempDir
    Path dir;

    /** Text that does not compress to nothing (POI's reader takes that for a zip bomb). */
    static String longText(int length) {
        Random random = new Random(32_767);
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            b.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        return b.toString();
    }

    private static final class Collected implements DocumentExporter.Progress {
        final List<String> warnings = new ArrayList<>();

        @Override
        public void update(int done, int total) {
        }

        @Override
        public void warning(String message) {
            warnings.add(message);
        }
    }

    @Test
    void aLongGoalAndAControlCharacterExportWithWarningsNeverAnException() throws Exception {
        Unit u = SeedUnits.hengyang2021();
        Project p = u.year(2021).orElseThrow().projects.get(0);
        p.longTermGoal = longText(40_000);
        p.annualGoal = "年度目标\u0001（复制时带入的控制字符）\u000B第二行";
        Collected xlsx = new Collected();
        Path x = DocumentExporter.export(u, new DocumentExporter.Request(2021, DemoDeclarationLayout.FORM,
                DemoDeclarationLayout.STYLE, List.of(), DocumentExporter.Format.XLSX, dir), xlsx).get(0);
        assertEquals(2, xlsx.warnings.size(), xlsx.warnings.toString());
        assertTrue(xlsx.warnings.stream().anyMatch(w -> w.contains("32767")), xlsx.warnings.toString());
        assertTrue(xlsx.warnings.stream().anyMatch(w -> w.contains("U+0001")), xlsx.warnings.toString());
        try (InputStream in = Files.newInputStream(x); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(2, wb.getNumberOfSheets());
        }
        assertTrue(DocumentText.xlsx(x).contains("年度目标（复制时带入的控制字符）\n第二行"), DocumentText.xlsx(x).toString());

        Collected docx = new Collected();
        Path d = DocumentExporter.export(u, new DocumentExporter.Request(2021, DemoDeclarationLayout.FORM,
                DemoDeclarationLayout.STYLE, List.of(), DocumentExporter.Format.DOCX, dir), docx).get(0);
        assertEquals(1, docx.warnings.size(), "Word holds the long goal whole: " + docx.warnings);
        try (InputStream in = Files.newInputStream(d); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getTables().size() > 0);
        }
        assertTrue(DocumentText.docx(d).contains(p.longTermGoal));
    }

    @Test
    void aProjectNameNoFileSystemTakesStillNamesItsFile() throws Exception {
        Unit u = SeedUnits.hengyang2021();
        Project p = u.year(2021).orElseThrow().projects.get(0);
        p.name = "机要\uD800工作\uFFFF经费\u0001";
        List<Path> written = DocumentExporter.export(u, new DocumentExporter.Request(2021, DemoDeclarationLayout.FORM,
                DemoDeclarationLayout.STYLE, List.of(p.name), DocumentExporter.Format.XLSX, dir, true), new Collected());
        assertEquals(1, written.size());
        assertTrue(written.get(0).getFileName().toString().endsWith("-机要工作经费.xlsx"), written.get(0).toString());
    }
}
