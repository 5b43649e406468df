package cn.jixiao.documents;

import cn.jixiao.domain.Unit;
import cn.jixiao.sample.SyntheticUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14 item 14: an export of any size is written in parts whose memory and time stay bounded. */
class LargeExportTest {
    @TempDir
    Path dir;

    @Test
    void manyProjectsAreWrittenInPartsInOrder() throws Exception {
        Unit u = SyntheticUnit.generate(7, 3, 42);
        int year = u.years.get(0).year;
        List<int[]> steps = new ArrayList<>();
        List<Path> written = DocumentExporter.export(u, new DocumentExporter.Request(year, "declaration", "huaiyuan-2024",
                List.of(), DocumentExporter.Format.XLSX, dir), (done, total) -> steps.add(new int[] {done, total}), 3);
        assertEquals(3, written.size());
        assertTrue(written.get(0).getFileName().toString().endsWith("-第1部分（共3部分）.xlsx"), written.get(0).toString());
        assertTrue(written.get(2).getFileName().toString().endsWith("-第3部分（共3部分）.xlsx"), written.get(2).toString());
        int[] sheets = new int[3];
        List<String> firstSheets = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            try (InputStream in = Files.newInputStream(written.get(k)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                // the forms the clerk sees; the very hidden sheet of field bindings is not one
                sheets[k] = (int) java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).filter(i -> wb.getSheetVisibility(i) == org.apache.poi.ss.usermodel.SheetVisibility.VISIBLE).count();
                firstSheets.add(wb.getSheetName(0));
            }
        }
        assertEquals(List.of(3, 3, 1), List.of(sheets[0], sheets[1], sheets[2]));
        assertTrue(DocumentText.xlsx(written.get(1)).contains(u.years.get(0).projects.get(3).name), "parts keep the order");
        assertEquals(7 + 3, steps.size(), "one step per project and one per file");
        assertEquals(10, steps.get(steps.size() - 1)[0]);
        assertEquals(10, steps.get(steps.size() - 1)[1]);
    }

    private static String documentXml(byte[] docx) throws Exception {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    @Test
    void wordSpillsItsBodyAndWritesTheSameDocument() throws Exception {
        // Issue 14 item 14: the body leaves memory every few documents; the file is the same.
        Unit u = SyntheticUnit.generate(9, 4, 42);
        var y = u.years.get(0);
        List<FormDocument> docs = new ArrayList<>(new DemoDeclarationLayout().render(u, y, y.projects));
        docs.add(1, XlsxWriterTest.landscapeDocument());
        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
        DocxWriter.write(docs, whole, w -> { }, Integer.MAX_VALUE);
        java.io.ByteArrayOutputStream spilled = new java.io.ByteArrayOutputStream();
        DocxWriter.write(docs, spilled, w -> { }, 2);
        String a = documentXml(whole.toByteArray());
        String b = documentXml(spilled.toByteArray());
        assertTrue(b.length() > 10_000);
        assertEquals(a, b, "the spilled body reads back as the same XML, section breaks and all");
        Path f = dir.resolve("spilled.docx");
        Files.write(f, spilled.toByteArray());
        try (InputStream in = Files.newInputStream(f); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertEquals(DocumentText.docx(f), DocumentText.docx(writeWhole(whole.toByteArray())));
            assertTrue(doc.getTables().size() >= docs.size());
        }
    }

    private Path writeWhole(byte[] bytes) throws Exception {
        Path f = dir.resolve("whole.docx");
        Files.write(f, bytes);
        return f;
    }

    @Test
    void aUnitOfUsualSizeStaysInOneFile() throws Exception {
        Unit u = SyntheticUnit.generate(DocumentExporter.PROJECTS_PER_FILE, 1, 42);
        int year = u.years.get(0).year;
        List<Path> written = DocumentExporter.export(u, new DocumentExporter.Request(year, "declaration", "huaiyuan-2024",
                List.of(), DocumentExporter.Format.XLSX, dir), DocumentExporter.Progress.NONE);
        assertEquals(1, written.size());
        assertTrue(DocumentExporter.PROJECTS_PER_FILE >= 300, "the 300-project benchmark unit is one file");
    }
}
