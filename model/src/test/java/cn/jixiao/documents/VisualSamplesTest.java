package cn.jixiao.documents;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the demo forms where a person can open them (LibreOffice, Word, WPS) and look:
 * {@code -Djixiao.visual.out=DIR}. Skipped otherwise; what to look for is in docs/documents.md.
 */
class VisualSamplesTest {
    @Test
    void writeSamplesForALook() throws Exception {
        String out = System.getProperty("jixiao.visual.out");
        Assumptions.assumeTrue(out != null && !out.isBlank(), "set -Djixiao.visual.out=DIR to write the samples");
        Path dir = Files.createDirectories(Path.of(out));
        List<FormDocument> docs = new ArrayList<>(DocxWriterTest.seedDocuments());
        docs.add(XlsxWriterTest.landscapeDocument());
        DocxWriter.write(docs, dir.resolve("demo.docx"));
        XlsxWriter.write(docs, dir.resolve("demo.xlsx"));
    }
}
