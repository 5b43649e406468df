package cn.jixiao.documents;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.documents.Table.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxWriterTest {
    @TempDir
    Path dir;

    static List<FormDocument> seedDocuments() {
        DemoDeclarationLayout layout = new DemoDeclarationLayout();
        Unit hy = SeedUnits.hengyang2021();
        FiscalYear y = hy.year(2021).orElseThrow();
        List<FormDocument> docs = new ArrayList<>(layout.render(hy, y, y.projects));
        Unit xy = SeedUnits.xiangyin2023();
        FiscalYear x = xy.year(2023).orElseThrow();
        docs.addAll(layout.render(xy, x, x.projects));
        return docs;
    }

    static String documentXml(Path docx) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile()); InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static int count(String xml, String regex) {
        Matcher m = Pattern.compile(regex).matcher(xml);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void readsBackTheSameTextsInOrder() throws Exception {
        List<FormDocument> docs = seedDocuments();
        Path f = dir.resolve("申报表.docx");
        DocxWriter.write(docs, f);
        List<String> read = DocumentText.docx(f);
        assertEquals(Expected.texts(docs), read);
        assertTrue(read.contains("机要工作不出差错、不出漏洞"));
        assertTrue(read.contains("同意申报，请严格按照绩效目标组织实施\n2022年11月28日"), "a two-line cell reads back as two lines");
    }

    @Test
    void mergesAreGridSpanAndVMergeNeverHMerge() throws Exception {
        Path f = dir.resolve("a.docx");
        DocxWriter.write(seedDocuments().subList(0, 1), f);
        String xml = documentXml(f);
        assertFalse(xml.contains("hMerge"));
        assertTrue(xml.contains("<w:gridSpan w:val=\"3\"/>"), "项目名称 value spans three columns");
        // 项目资金 spans 3 rows, 总体目标 2, 绩效指标 11, 产出指标 4, 效益指标 6, 满意度 2: six restarts.
        assertEquals(6, count(xml, "<w:vMerge w:val=\"restart\"/>"));
        assertEquals(2 + 1 + 10 + 3 + 5 + 1, count(xml, "<w:vMerge w:val=\"continue\"/>"));
        assertEquals(count(xml, "<w:tc>"), count(xml, "<w:tcW w:w=\"\\d+\" w:type=\"dxa\"/>"), "every cell has tcW");
        assertEquals(count(xml, "<w:tr>"), count(xml, "<w:cantSplit/>"), "no row splits across pages");
        // Tables that follow each other are one Word table: head + indicators, expenses + wide table.
        assertEquals(2, count(xml, "<w:tblGrid>"));
        assertEquals(2, count(xml, "<w:tblLayout w:type=\"fixed\"/>"));
        assertEquals(1, count(xml, "<w:tblHeader/>"), "the expense table's header row repeats");
        assertTrue(xml.contains("<w:textDirection w:val=\"tbRlV\"/>"), "绩效指标 is written vertically");
        assertEquals(count(xml, "<w:tc>"), count(xml, "<w:vAlign w:val=\"center\"/>"));
    }

    @Test
    void gridColumnsAddUpToTheContentWidth() throws Exception {
        Path f = dir.resolve("a.docx");
        DocxWriter.write(seedDocuments().subList(0, 1), f);
        String xml = documentXml(f);
        Matcher grid = Pattern.compile("<w:tblGrid>(.*?)</w:tblGrid>").matcher(xml);
        long expected = Math.round(PageSetup.A4_PORTRAIT_NARROW.contentWidthMm() * DocxWriter.TWIPS_PER_MM);
        int tables = 0;
        while (grid.find()) {
            Matcher col = Pattern.compile("w:w=\"(\\d+)\"").matcher(grid.group(1));
            long sum = 0;
            while (col.find()) {
                sum += Long.parseLong(col.group(1));
            }
            assertEquals(expected, sum);
            tables++;
        }
        assertEquals(2, tables);
    }

    @Test
    void fontsAreNamedForEastAsianText() throws Exception {
        Path f = dir.resolve("a.docx");
        DocxWriter.write(seedDocuments().subList(0, 1), f);
        String xml = documentXml(f);
        assertTrue(xml.contains("w:ascii=\"黑体\" w:hAnsi=\"黑体\" w:eastAsia=\"黑体\""), "the title is 黑体");
        assertTrue(xml.contains("w:eastAsia=\"宋体\""));
        assertTrue(xml.contains("<w:sz w:val=\"36\"/>"), "the title is 小二, 18pt");
        assertTrue(xml.contains("<w:sz w:val=\"21\"/>"), "cells are 五号, 10.5pt");
        assertTrue(xml.contains("<w:sz w:val=\"18\"/>"), "the nine-column table is 小五, 9pt");
        assertFalse(Pattern.compile("<w:r><w:rPr><w:sz").matcher(xml).find(), "no run without a font");
    }

    @Test
    void pageSetupIsA4InBothOrientations() throws Exception {
        FormDocument portrait = seedDocuments().get(0);
        FormDocument landscape = new FormDocument("横表", PageSetup.A4_LANDSCAPE);
        landscape.add(Paragraph.title("部门整体支出绩效目标表"));
        Table t = new Table(1, 1, 1);
        t.row(Cell.of("甲"), Cell.of("乙"), Cell.amount("1.00"));
        landscape.add(t);
        Path f = dir.resolve("mixed.docx");
        DocxWriter.write(List.of(portrait, landscape), f);
        String xml = documentXml(f);
        assertTrue(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\" w:orient=\"portrait\"/>"), "the portrait section");
        assertTrue(xml.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"), "the landscape section");
        assertTrue(xml.contains("w:left=\"1020\""), "18mm left margin of the narrow portrait setup");
        assertEquals(2, count(xml, "<w:sectPr"), "a section break where the orientation changes");
    }

    @Test
    void eachDocumentStartsOnANewPage() throws Exception {
        List<FormDocument> docs = seedDocuments();
        Path f = dir.resolve("all.docx");
        DocxWriter.write(docs, f);
        String xml = documentXml(f);
        // Three documents of the same setup: two breaks between them, and each has one inner break
        // (before its heading).
        assertEquals(2 + 3, count(xml, "<w:pageBreakBefore/>") + count(xml, "<w:br w:type=\"page\"/>"));
    }

    @Test
    void aRowWiderThanTheTableIsALayoutError() {
        FormDocument d = new FormDocument("错", PageSetup.A4_PORTRAIT);
        Table t = new Table(1, 1);
        t.row(Cell.of("一"), Cell.of("二").span(2));
        d.add(t);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DocxWriter.write(List.of(d), dir.resolve("x.docx")));
        assertTrue(e.getMessage().contains("超出了2列"), e.getMessage());
    }
}
