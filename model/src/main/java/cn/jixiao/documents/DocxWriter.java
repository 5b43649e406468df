package cn.jixiao.documents;

import cn.jixiao.domain.TextInput;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTextDirection;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlOptions;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Renders form documents into one Word file, each document starting on a new page, written at
 * the XML level so every table carries what WPS and LibreOffice need to size and merge it:
 * tblGrid and tcW widths, fixed layout, gridSpan and vMerge (never hMerge), and East Asian
 * fonts named explicitly.
 */
public final class DocxWriter {
    static final double TWIPS_PER_MM = 1440 / 25.4;
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    /** Rows lower than this look cramped on a printed form; a row grows with its text. */
    static final double DEFAULT_ROW_MM = 6.5;
    private static final int CELL_MARGIN_TWIPS = 85;
    /** Wide tables have narrow columns: every millimetre of margin is a character less per line. */
    private static final int DENSE_CELL_MARGIN_TWIPS = 45;

    /** Documents laid out in the body before it is spilled to a temporary file (see {@link #spill}). */
    static final int DOCUMENTS_IN_MEMORY = 25;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** A body element as it reads inside the document: prefix 'w', declared by the document element. */
    private static final XmlOptions FRAGMENT = new XmlOptions().setSaveOuter().setSaveNoXmlDecl()
            .setSaveSuggestedPrefixes(java.util.Map.of(W, "w")).setSaveImplicitNamespaces(java.util.Map.of("w", W))
            .setSaveAggressiveNamespaces();
    private static final Pattern BODY_START = Pattern.compile("<(?:[A-Za-z0-9_]+:)?body\\b[^>]*>");

    private final XWPFDocument doc = new XWPFDocument();
    private Path spill;
    private java.io.Writer spillOut;
    private final CTBody body = doc.getDocument().getBody();
    /** A page break waiting for the next block. */
    private boolean breakPending;
    /** The id of the last custom document property; the first one is 2, as Office numbers them. */
    private int propertyId = 1;
    private final Consumer<String> warnings;
    private String documentName = "";
    /** Bound values written so far; numbers the bookmarks. */
    private int bindings;
    /** How many {@link FormDocument.Carried} values are written. */
    private int carried;
    private long bookmarkIds;
    private boolean originWritten;
    /** Bookmarks of bound values: '_jx1', '_jx2', ... */
    static final String BOOKMARK_PREFIX = "_jx";
    /** Before an address: the value continues the previous value of the same field, after a line break. */
    static final String CONTINUED = "+";

    static {
        PoiLogging.quiet();
    }

    private DocxWriter(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    public static void write(List<FormDocument> documents, Path target) throws IOException {
        write(documents, target, w -> { });
    }

    /** Writes the documents, telling {@code warnings} of any text that had to be changed to fit. */
    public static void write(Iterable<FormDocument> documents, Path target, Consumer<String> warnings) throws IOException {
        FileOutput.write(target, out -> write(documents, out, warnings));
    }

    public static void write(List<FormDocument> documents, OutputStream out) throws IOException {
        write(documents, out, w -> { });
    }

    /** The documents one after another; each is laid out once the previous one is in the body. */
    static void write(Iterable<FormDocument> documents, OutputStream out, Consumer<String> warnings) throws IOException {
        write(documents, out, warnings, DOCUMENTS_IN_MEMORY);
    }

    static void write(Iterable<FormDocument> documents, OutputStream out, Consumer<String> warnings,
                      int documentsInMemory) throws IOException {
        Iterator<FormDocument> it = documents.iterator();
        if (!it.hasNext()) {
            throw new IllegalArgumentException("没有要写出的表单");
        }
        DocxWriter w = new DocxWriter(warnings);
        try {
            w.defaults();
            FormDocument d = it.next();
            int inBody = 0;
            while (true) {
                w.documentName = d.name == null ? "" : d.name;
                w.document(d);
                if (!it.hasNext()) {
                    break;
                }
                FormDocument next = it.next();
                if (next.page.equals(d.page)) {
                    w.breakPending = true;
                } else {
                    w.sectionBreak(d.page);
                }
                if (++inBody == documentsInMemory) {
                    w.spill();
                    inBody = 0;
                }
                d = next;
            }
            w.flushBreak();
            if (w.spill != null) {
                w.spill();
            }
            w.pageSetup(w.body.isSetSectPr() ? w.body.getSectPr() : w.body.addNewSectPr(), d.page);
            if (w.spill == null) {
                w.doc.write(out);
            } else {
                w.writeSpliced(out);
            }
        } finally {
            w.doc.close();
            if (w.spill != null) {
                w.spillOut.close();
                Files.deleteIfExists(w.spill);
            }
        }
    }

    /**
     * Moves the body laid out so far out of memory: its paragraphs and tables, in order, as XML
     * text into a temporary file, then out of the document. POI holds a whole document part as
     * XML beans and then as bytes, which for 10,000 projects was 6.4 GB; this way it holds
     * {@link #DOCUMENTS_IN_MEMORY} documents.
     */
    private void spill() throws IOException {
        if (spill == null) {
            spill = Files.createTempFile("jixiao-docx-", ".xml");
            spillOut = Files.newBufferedWriter(spill, StandardCharsets.UTF_8);
        }
        try (XmlCursor c = body.newCursor()) {
            for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                if (!(c.getObject() instanceof CTSectPr)) {
                    spillOut.write(c.getObject().xmlText(FRAGMENT));
                }
            }
        }
        body.setPArray(new CTP[0]);
        body.setTblArray(new CTTbl[0]);
    }

    /** The document as POI writes it, with the spilled body put back in front of the last section's setup. */
    private void writeSpliced(OutputStream out) throws IOException {
        spillOut.close();
        java.io.ByteArrayOutputStream skeleton = new java.io.ByteArrayOutputStream();
        doc.write(skeleton);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(skeleton.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    Matcher m = BODY_START.matcher(xml);
                    if (!m.find()) {
                        throw new IllegalStateException("word/document.xml without a body");
                    }
                    zip.write(xml.substring(0, m.end()).getBytes(StandardCharsets.UTF_8));
                    Files.copy(spill, zip);
                    zip.write(xml.substring(m.end()).getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    private void removed(TextInput.Cleaned c) {
        warnings.accept(c.notice("表单“" + documentName + "”的一处文字"));
    }

    private void defaults() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FormFonts.SONG);
        fonts.setHAnsi(FormFonts.SONG);
        fonts.setEastAsia(FormFonts.SONG);
        fonts.setCs(FormFonts.SONG);
        var styles = doc.createStyles();
        styles.setDefaultFonts(fonts);
        styles.setEastAsia("zh-CN");
    }

    private void document(FormDocument d) {
        origin(d);
        for (FormDocument.Carried c : d.carried()) {
            property(FormReader.CARRIED + (++carried), FormReader.carried(c));
        }
        List<Table> group = new ArrayList<>();
        for (FormDocument.Block b : d.blocks) {
            if (b instanceof Table t) {
                group.add(t);
                continue;
            }
            if (!group.isEmpty()) {
                tables(group, d.page);
                group.clear();
            }
            if (b instanceof Paragraph p) {
                paragraph(p, d.page);
            } else if (b instanceof FormDocument.PageBreak) {
                breakPending = true;
            }
        }
        if (!group.isEmpty()) {
            tables(group, d.page);
        }
    }

    private void paragraph(Paragraph p, PageSetup page) {
        FormText.Bound text = FormText.clean(p.text(), p.bindings(), this::removed);
        List<String> lines = List.of(text.text().split("\n", -1));
        int[] index = {0};
        lines(text, line -> {
            int i = index[0]++;
            FormFonts.Font font = FormFonts.paragraph(p.style(), line, page.contentWidthMm());
            CTP ctp = body.addNewP();
            CTPPr ppr = ctp.addNewPPr();
            if (breakPending) {
                ppr.addNewPageBreakBefore();
                breakPending = false;
            }
            tightSpacing(ppr);
            if (p.style() == Paragraph.Style.TITLE && i == lines.size() - 1) {
                ppr.getSpacing().setAfter(BigInteger.valueOf(160));
            }
            if (p.style() == Paragraph.Style.HEADING) {
                ppr.getSpacing().setBefore(BigInteger.valueOf(120));
            }
            if (p.style() == Paragraph.Style.BODY_INDENT || p.style() == Paragraph.Style.HEADING) {
                // Word reads the indent in characters; LibreOffice only the twips.
                ppr.addNewInd().setFirstLineChars(BigInteger.valueOf(200));
                ppr.getInd().setFirstLine(BigInteger.valueOf(font.halfPoints() * 20L));
            }
            ppr.addNewJc().setVal(switch (p.align()) {
                case LEFT -> STJc.LEFT;
                case CENTER -> STJc.CENTER;
                case RIGHT -> STJc.RIGHT;
                case JUSTIFY -> STJc.BOTH;
            });
            tabStops(ppr, line, page);
            markFont(ppr, font);
            return new Line(ctp, font);
        });
    }

    /** A paragraph of one line of text, and the font its runs are in. */
    private record Line(CTP paragraph, FormFonts.Font font) {
    }

    /**
     * A text line by line, each line a paragraph made by {@code paragraph}; each bound value sits
     * between the start and the end of a bookmark (over several paragraphs when it has several
     * lines), so the value can be read back out of the file ({@link FormReader}).
     */
    private void lines(FormText.Bound text, java.util.function.Function<String, Line> paragraph) {
        String t = text.text();
        List<Binding> bs = text.bindings();
        long[] ids = new long[bs.size()];
        int started = 0;
        int ended = 0;
        int offset = 0;
        for (String line : t.split("\n", -1)) {
            Line l = paragraph.apply(line);
            int end = offset + line.length();
            int at = offset;
            while (true) {
                // the next event in this line: a bookmark to end, or one to start (at most at the line's end)
                int nextEnd = ended < started ? bs.get(ended).end() : Integer.MAX_VALUE;
                int nextStart = started < bs.size() ? bs.get(started).start() : Integer.MAX_VALUE;
                int next = Math.min(nextEnd, nextStart);
                if (next > end) {
                    break;
                }
                run(l.paragraph(), t.substring(at, next), l.font());
                at = next;
                if (nextEnd <= nextStart) {
                    l.paragraph().addNewBookmarkEnd().setId(BigInteger.valueOf(ids[ended++]));
                } else {
                    Binding b = bs.get(started);
                    ids[started++] = bookmarkIds;
                    var start = l.paragraph().addNewBookmarkStart();
                    start.setId(BigInteger.valueOf(bookmarkIds++));
                    start.setName(bookmark(b));
                }
            }
            run(l.paragraph(), t.substring(at, end), l.font());
            offset = end + 1;
        }
    }

    /**
     * A form line like '填报单位（盖章）：…\t金额单位：万元' spreads its tab-separated parts over
     * equal shares of the width, as the xlsx writer does: the first part at the left margin, the
     * last at the right margin, the ones between centred in their shares.
     */
    private static void tabStops(CTPPr ppr, String line, PageSetup page) {
        int parts = (int) line.chars().filter(ch -> ch == '\t').count() + 1;
        if (parts < 2) {
            return;
        }
        long width = Math.round(page.contentWidthMm() * TWIPS_PER_MM);
        CTTabs stops = ppr.addNewTabs();
        for (int i = 1; i < parts - 1; i++) {
            CTTabStop mid = stops.addNewTab();
            mid.setVal(STTabJc.CENTER);
            mid.setPos(BigInteger.valueOf(Math.round(width * (i + 0.5) / parts)));
        }
        CTTabStop right = stops.addNewTab();
        right.setVal(STTabJc.RIGHT);
        right.setPos(BigInteger.valueOf(width));
    }

    /** An empty paragraph carrying a page break, one point high so it never shows. */
    private void flushBreak() {
        if (breakPending) {
            CTP ctp = body.addNewP();
            CTPPr ppr = ctp.addNewPPr();
            tightSpacing(ppr);
            markFont(ppr, new FormFonts.Font(FormFonts.SONG, 1, false));
            ctp.addNewR().addNewBr().setType(STBrType.PAGE);
            breakPending = false;
        }
    }

    /** Ends a section with this page setup; the next document starts on a new page with its own. */
    private void sectionBreak(PageSetup page) {
        CTP ctp = body.addNewP();
        CTPPr ppr = ctp.addNewPPr();
        tightSpacing(ppr);
        markFont(ppr, new FormFonts.Font(FormFonts.SONG, 1, false));
        pageSetup(ppr.addNewSectPr(), page);
    }

    private void pageSetup(CTSectPr sect, PageSetup page) {
        CTPageSz sz = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        if (page.landscape()) {
            sz.setW(BigInteger.valueOf(A4_LONG));
            sz.setH(BigInteger.valueOf(A4_SHORT));
            sz.setOrient(STPageOrientation.LANDSCAPE);
        } else {
            sz.setW(BigInteger.valueOf(A4_SHORT));
            sz.setH(BigInteger.valueOf(A4_LONG));
            sz.setOrient(STPageOrientation.PORTRAIT);
        }
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(twips(page.topMm()));
        mar.setBottom(twips(page.bottomMm()));
        mar.setLeft(twips(page.leftMm()));
        mar.setRight(twips(page.rightMm()));
        mar.setHeader(twips(Math.min(12, page.topMm() / 2)));
        mar.setFooter(twips(Math.min(12, page.bottomMm() / 2)));
        mar.setGutter(BigInteger.ZERO);
    }

    /**
     * Tables that follow each other are drawn as one Word table on the union of their column
     * edges: separate tables would need a paragraph between them, which prints as a gap and a
     * double line across the form. Only the first table's header rows can repeat.
     */
    private void tables(List<Table> group, PageSetup page) {
        flushBreak();
        double width = page.contentWidthMm();
        SharedGrid shared = SharedGrid.of(group, width);
        int[] widths = columnTwips(shared, width);
        CTTbl tbl = body.addNewTbl();
        CTTblPr pr = tbl.addNewTblPr();
        pr.addNewTblW().setW(BigInteger.valueOf(sum(widths, 0, widths.length)));
        pr.getTblW().setType(STTblWidth.DXA);
        pr.addNewJc().setVal(STJcTable.CENTER);
        borders(pr.addNewTblBorders());
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblCellMar mar = pr.addNewTblCellMar();
        int margin = group.stream().anyMatch(FormFonts::dense) ? DENSE_CELL_MARGIN_TWIPS : CELL_MARGIN_TWIPS;
        mar.addNewLeft().setW(BigInteger.valueOf(margin));
        mar.getLeft().setType(STTblWidth.DXA);
        mar.addNewRight().setW(BigInteger.valueOf(margin));
        mar.getRight().setType(STTblWidth.DXA);
        CTTblGrid tg = tbl.addNewTblGrid();
        for (int w : widths) {
            tg.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int i = 0; i < group.size(); i++) {
            rows(tbl, group.get(i), shared.map(group.get(i), width), widths, i == 0 ? group.get(i).headerRows() : 0);
        }
        // Word needs a paragraph after a table; one point high, it takes no room.
        CTP after = body.addNewP();
        tightSpacing(after.addNewPPr());
        markFont(after.getPPr(), new FormFonts.Font(FormFonts.SONG, 1, false));
    }

    private void rows(CTTbl tbl, Table table, int[] col, int[] widths, int headerRows) {
        TableGrid grid = new TableGrid(table);
        double[] heights = rowHeightsMm(table, grid);
        for (int r = 0; r < grid.rows(); r++) {
            CTRow tr = tbl.addNewTr();
            CTTrPr trPr = tr.addNewTrPr();
            trPr.addNewCantSplit();
            if (r < headerRows) {
                trPr.addNewTblHeader();
            }
            var h = trPr.addNewTrHeight();
            h.setVal(twips(heights[r]));
            h.setHRule(STHeightRule.AT_LEAST);
            int c = 0;
            while (c < grid.columns()) {
                TableGrid.Placed p = grid.at(r, c);
                int last = p == null ? c : p.lastCol();
                int span = col[last + 1] - col[c];
                int w = sum(widths, col[c], col[last + 1]);
                if (p == null) {
                    cell(tr, table, Table.Cell.of(""), w, span, null);
                } else if (p.row() == r) {
                    cell(tr, table, p.cell(), w, span, p.cell().rowSpan() > 1 ? STMerge.RESTART : null);
                } else {
                    cell(tr, table, Table.Cell.of(""), w, span, STMerge.CONTINUE);
                }
                c = last + 1;
            }
        }
    }

    /**
     * Each row's least height: the layout's, else the default, raised so a vertical label fits its
     * rows. Word and LibreOffice grow a row for horizontal text, but cut stacked text off at the
     * row's height ('年度整体支出目标' beside three lines of goals).
     */
    static double[] rowHeightsMm(Table table, TableGrid grid) {
        double[] heights = new double[grid.rows()];
        for (int r = 0; r < grid.rows(); r++) {
            double mm = r < table.rows().size() ? table.rows().get(r).minHeightMm() : 0;
            heights[r] = mm > 0 ? mm : DEFAULT_ROW_MM;
        }
        for (int r = 0; r < grid.rows(); r++) {
            for (TableGrid.Placed p : grid.declaredIn(r)) {
                if (!p.cell().vertical()) {
                    continue;
                }
                FormFonts.Font font = FormFonts.cell(table, p.cell());
                int chars = FormText.clean(p.cell().text()).replace("\n", "").length();
                double need = chars * font.sizePt() * 25.4 / 72 * 1.1 + 3;
                double have = 0;
                for (int k = p.row(); k <= p.lastRow(); k++) {
                    have += heights[k];
                }
                if (have < need) {
                    double add = (need - have) / (p.lastRow() - p.row() + 1);
                    for (int k = p.row(); k <= p.lastRow(); k++) {
                        heights[k] += add;
                    }
                }
            }
        }
        return heights;
    }

    private void cell(CTRow tr, Table table, Table.Cell cell, int width, int span, STMerge.Enum merge) {
        CTTc tc = tr.addNewTc();
        CTTcPr pr = tc.addNewTcPr();
        pr.addNewTcW().setW(BigInteger.valueOf(width));
        pr.getTcW().setType(STTblWidth.DXA);
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (merge != null) {
            pr.addNewVMerge().setVal(merge);
        }
        if (cell.vertical()) {
            pr.addNewTextDirection().setVal(STTextDirection.TB_RL_V);
        }
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        int margin = FormFonts.dense(table) ? DENSE_CELL_MARGIN_TWIPS : CELL_MARGIN_TWIPS;
        FormFonts.Font font = cell.vertical() ? FormFonts.cell(table, cell)
                : FormFonts.fitFigures(FormFonts.cell(table, cell), cell.text(), (width - 2 * margin) / 20.0, FormFonts::figureEms);
        if (merge == STMerge.CONTINUE) {
            newParagraph(tc, cell, font);
            return;
        }
        lines(FormText.clean(cell.text(), cell.bindings(), this::removed), line -> new Line(newParagraph(tc, cell, font), font));
    }

    private CTP newParagraph(CTTc tc, Table.Cell cell, FormFonts.Font font) {
        CTP p = tc.addNewP();
        CTPPr ppr = p.addNewPPr();
        tightSpacing(ppr);
        ppr.addNewJc().setVal(switch (cell.align()) {
            case LEFT -> STJc.LEFT;
            case CENTER -> STJc.CENTER;
            case RIGHT -> STJc.RIGHT;
        });
        markFont(ppr, font);
        return p;
    }

    /**
     * The name of a new bookmark for a binding, and the custom document property of the same name
     * that says which field it holds: a bookmark name may have 40 characters, too few for an
     * address. Names starting with '_' are hidden bookmarks: Word does not list them to the clerk.
     */
    private String bookmark(Binding b) {
        String name = BOOKMARK_PREFIX + (++bindings);
        property(name, (b.continued() ? CONTINUED : "") + b.at().encode());
        return name;
    }

    /**
     * Adds a custom document property. POI's {@code addProperty} looks through every property
     * already there for the name and the next id, which made a form of 300 indicators (2,000 and
     * more bound values) take two minutes to write; our names are unique by construction (a
     * counter), so the property is appended with the next id kept here.
     */
    private void property(String name, String value) {
        var p = doc.getProperties().getCustomProperties().getUnderlyingProperties().addNewProperty();
        p.setFmtid(org.apache.poi.ooxml.POIXMLProperties.CustomProperties.FORMAT_ID);
        p.setPid(++propertyId);
        p.setName(name);
        p.setLpwstr(value);
    }

    /** The form's origin as document properties: which unit, year, form and style the file holds. */
    private void origin(FormDocument d) {
        if (originWritten || d.origin().isEmpty()) {
            return;
        }
        originWritten = true;
        FormDocument.Origin o = d.origin().get();
        property(FormReader.UNIT_ID, o.unitId());
        property(FormReader.UNIT, o.unitName());
        property(FormReader.YEAR, String.valueOf(o.year()));
        property(FormReader.FORM, o.form());
        property(FormReader.STYLE, o.style());
        property(FormReader.FRAMEWORK, o.framework());
        doc.getProperties().getCoreProperties().setTitle(d.name);
    }

    private static void borders(CTTblBorders b) {
        for (CTBorder border : new CTBorder[] {b.addNewTop(), b.addNewLeft(), b.addNewBottom(), b.addNewRight(),
                b.addNewInsideH(), b.addNewInsideV()}) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setSpace(BigInteger.ZERO);
            border.setColor("000000");
        }
    }

    private static void tightSpacing(CTPPr ppr) {
        CTSpacing s = ppr.addNewSpacing();
        s.setBefore(BigInteger.ZERO);
        s.setAfter(BigInteger.ZERO);
        s.setLine(BigInteger.valueOf(240));
        s.setLineRule(STLineSpacingRule.AUTO);
    }

    private static void run(CTP p, String text, FormFonts.Font font) {
        if (text.isEmpty()) {
            return;
        }
        CTR r = p.addNewR();
        CTRPr rpr = r.addNewRPr();
        fonts(rpr.addNewRFonts(), font.family());
        if (font.bold()) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(font.halfPoints()));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(font.halfPoints()));
        String[] parts = text.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                r.addNewTab();
            }
            if (!parts[i].isEmpty()) {
                CTText t = r.addNewT();
                t.setStringValue(parts[i]);
                if (!parts[i].strip().equals(parts[i])) {
                    t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
                }
            }
        }
    }

    /** The paragraph mark's font, so an empty cell or line is as high as its text would be. */
    private static void markFont(CTPPr ppr, FormFonts.Font font) {
        CTParaRPr rpr = ppr.isSetRPr() ? ppr.getRPr() : ppr.addNewRPr();
        fonts(rpr.addNewRFonts(), font.family());
        rpr.addNewSz().setVal(BigInteger.valueOf(font.halfPoints()));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(font.halfPoints()));
    }

    private static void fonts(CTFonts f, String family) {
        f.setAscii(family);
        f.setHAnsi(family);
        f.setEastAsia(family);
        f.setCs(family);
        f.setHint(STHint.EAST_ASIA);
    }

    /** Shared column widths in twips, summing exactly to the content width. */
    static int[] columnTwips(SharedGrid grid, double widthMm) {
        int[] out = new int[grid.count()];
        long before = 0;
        for (int i = 0; i < out.length; i++) {
            long edge = Math.round(grid.edge(i + 1) * TWIPS_PER_MM);
            out[i] = (int) (edge - before);
            before = edge;
        }
        return out;
    }

    private static int sum(int[] a, int from, int to) {
        int s = 0;
        for (int i = from; i < to; i++) {
            s += a[i];
        }
        return s;
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
    }
}
