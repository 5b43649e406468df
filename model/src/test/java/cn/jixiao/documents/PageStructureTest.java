package cn.jixiao.documents;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page facts of every sample form that can be checked without printing it (LibreOffice
 * renders are the manual check, see docs/documents.md): A4 in the layout's orientation, wide
 * tables landscape, every table exactly the content width, no cell too narrow for two characters
 * of its type, no figure or code wrapping inside its cell, rows that never split, and form lines
 * that fit on one line.
 */
class PageStructureTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Pattern FIGURE = Pattern.compile("[0-9.,%+\\-]+");
    /** Above this many columns a table only fits across landscape paper. */
    private static final int PORTRAIT_MAX_COLUMNS = 10;

    @TempDir
    Path dir;

    static Stream<Named<FormLayout>> registeredLayouts() {
        return AllLayoutsWriteTest.registeredLayouts();
    }

    /** Every registered layout, on the sample year AllLayoutsWriteTest renders it on. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("registeredLayouts")
    void fitsTheFormsPages(FormLayout layout) throws Exception {
        List<FormDocument> docs = AllLayoutsWriteTest.renderOnItsSample(layout);
        String where = layout.form() + "/" + layout.style();

        for (FormDocument d : docs) {
            for (FormDocument.Block b : d.blocks) {
                if (b instanceof Table t && t.columns() > PORTRAIT_MAX_COLUMNS) {
                    assertTrue(d.page.landscape(), where + ": a table of " + t.columns() + " columns on portrait paper");
                }
                if (b instanceof Paragraph p) {
                    assertLineFits(p, d.page, where);
                }
            }
        }

        Path docx = dir.resolve("form.docx");
        DocxWriter.write(docs, docx);
        List<Section> sections = sections(docx);
        assertEquals(docs.stream().map(d -> d.page).distinct().count(), sections.size(), where + ": sections");
        for (Section s : sections) {
            PageSetup page = docs.stream().map(d -> d.page).filter(p -> matches(p, s.sectPr)).findFirst()
                    .orElseThrow(() -> new AssertionError(where + ": a section matches no layout page setup"));
            for (Element tbl : s.tables) {
                assertTable(tbl, page, where);
            }
        }
    }

    /** The check fails on what the '填表人：' line was before it used tabs. */
    @Test
    void runsOfSpacesInAFormLineAreCaught() {
        Paragraph spaced = Paragraph.body("填表人：" + "\u3000".repeat(8) + "填报日期：" + "\u3000".repeat(8)
                + "联系电话：" + "\u3000".repeat(8) + "单位负责人签字：");
        assertFalse(fits(spaced, PageSetup.A4_PORTRAIT_NARROW));
        assertTrue(fits(Paragraph.body("填表人：\t填报日期：\t联系电话：\t单位负责人签字："), PageSetup.A4_PORTRAIT_NARROW));
    }

    /** Word cuts stacked text off at the row's height, so the rows beside a vertical label grow to hold it. */
    @Test
    void verticalLabelGetsItsHeight() {
        Table t = new Table(8, 92);
        t.row(Table.Cell.label("年度整体支出目标").asVertical(), Table.Cell.of("目标1：\n目标2：\n目标3："));
        t.row(Table.Cell.label("绩效指标").rows(2).asVertical(), Table.Cell.of("产出指标"));
        t.row(Table.Cell.of("效益指标"));
        double[] mm = DocxWriter.rowHeightsMm(t, new TableGrid(t));
        double eightCharacters = 8 * 10.5 * 25.4 / 72;
        assertTrue(mm[0] > eightCharacters, "row 1 is " + mm[0] + " mm");
        assertTrue(mm[1] + mm[2] > 4 * 10.5 * 25.4 / 72, "rows 2-3 are " + (mm[1] + mm[2]) + " mm");
    }

    private static void assertLineFits(Paragraph p, PageSetup page, String where) {
        // Prose and notes may wrap; a title or a form line of parts ('填表人：…\t填报日期：…') may not.
        boolean formLine = p.text().contains("\t") || p.text().contains("\u3000\u3000");
        if (p.style() == Paragraph.Style.TITLE || formLine) {
            assertTrue(fits(p, page), where + ": the line wraps: " + p.text());
        }
    }

    /** Every line of the paragraph, its tab-separated parts a character apart at least, within the width. */
    private static boolean fits(Paragraph p, PageSetup page) {
        double widthPt = page.contentWidthMm() * 72 / 25.4;
        for (String line : FormText.lines(p.text())) {
            String[] parts = line.split("\t", -1);
            double ems = parts.length - 1;
            for (String part : parts) {
                ems += FormFonts.ems(part);
            }
            if (ems * FormFonts.paragraph(p.style(), line, page.contentWidthMm()).sizePt() > widthPt) {
                return false;
            }
        }
        return true;
    }

    static void assertTable(Element tbl, PageSetup page, String where) {
        long content = Math.round(page.contentWidthMm() * DocxWriter.TWIPS_PER_MM);
        Element pr = child(tbl, "tblPr");
        assertEquals(content, twips(child(pr, "tblW")), where + ": table width");
        long grid = 0;
        for (Element col : children(child(tbl, "tblGrid"), "gridCol")) {
            grid += twips(col);
        }
        assertEquals(content, grid, where + ": grid width");
        Element mar = child(pr, "tblCellMar");
        long margins = twips(child(mar, "left")) + twips(child(mar, "right"));
        int r = 0;
        for (Element tr : children(tbl, "tr")) {
            r++;
            assertTrue(child(child(tr, "trPr"), "cantSplit") != null, where + ": row " + r + " may split");
            long rowWidth = 0;
            for (Element tc : children(tr, "tc")) {
                Element tcPr = child(tc, "tcPr");
                long width = twips(child(tcPr, "tcW"));
                rowWidth += width;
                double sizePt = Integer.parseInt(attr(first(tc, "sz"), "val")) / 2.0;
                boolean vertical = child(tcPr, "textDirection") != null;
                long least = Math.round((vertical ? 1 : 2) * sizePt * 20) + margins;
                String text = text(tc);
                assertTrue(width >= least, where + ": row " + r + " cell '" + text + "' is " + width
                        + " twips, two characters need " + least);
                for (String line : text.split("\n")) {
                    if (!vertical && FIGURE.matcher(line).matches()) {
                        // measured as the writers fit it (FormFonts.figureEms at the size written): one rule
                        long need = Math.round(FormFonts.figureEms(line) * sizePt * 20) + margins;
                        assertTrue(width >= need, where + ": row " + r + " '" + line + "' wraps in " + width
                                + " twips, needs " + need);
                    }
                }
            }
            assertEquals(content, rowWidth, where + ": row " + r + " width");
        }
    }

    static boolean matches(PageSetup page, Element sectPr) {
        Element sz = child(sectPr, "pgSz");
        long w = twips(sz, "w");
        long h = twips(sz, "h");
        boolean a4 = page.landscape()
                ? w == DocxWriter.A4_LONG && h == DocxWriter.A4_SHORT && "landscape".equals(attr(sz, "orient"))
                : w == DocxWriter.A4_SHORT && h == DocxWriter.A4_LONG && "portrait".equals(attr(sz, "orient"));
        Element mar = child(sectPr, "pgMar");
        return a4 && twips(mar, "left") == Math.round(page.leftMm() * DocxWriter.TWIPS_PER_MM)
                && twips(mar, "right") == Math.round(page.rightMm() * DocxWriter.TWIPS_PER_MM);
    }

    /** A section: the tables before its sectPr. */
    record Section(Element sectPr, List<Element> tables) {
    }

    static List<Section> sections(Path docx) throws Exception {
        Document xml;
        try (ZipFile zip = new ZipFile(docx.toFile());
             InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            xml = f.newDocumentBuilder().parse(in);
        }
        Element body = child(xml.getDocumentElement(), "body");
        List<Section> out = new ArrayList<>();
        List<Element> tables = new ArrayList<>();
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            Element sect = switch (e.getLocalName()) {
                case "tbl" -> {
                    tables.add(e);
                    yield null;
                }
                case "p" -> child(child(e, "pPr"), "sectPr");
                case "sectPr" -> e;
                default -> null;
            };
            if (sect != null) {
                out.add(new Section(sect, tables));
                tables = new ArrayList<>();
            }
        }
        assertTrue(tables.isEmpty(), "tables after the last section");
        return out;
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element first(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS(W, name).item(0);
    }

    private static String attr(Element e, String name) {
        return e.getAttributeNS(W, name);
    }

    private static long twips(Element e) {
        return twips(e, "w");
    }

    private static long twips(Element e, String attribute) {
        return Long.parseLong(attr(e, attribute));
    }

    /** The cell's paragraphs, one per line. */
    private static String text(Element tc) {
        List<String> lines = new ArrayList<>();
        for (Element p : children(tc, "p")) {
            StringBuilder s = new StringBuilder();
            var ts = p.getElementsByTagNameNS(W, "t");
            for (int i = 0; i < ts.getLength(); i++) {
                s.append(ts.item(i).getTextContent());
            }
            lines.add(s.toString());
        }
        return String.join("\n", lines);
    }
}
