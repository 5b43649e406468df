package cn.jixiao.documents;

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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTextDirection;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;

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

    private final XWPFDocument doc = new XWPFDocument();
    private final CTBody body = doc.getDocument().addNewBody();
    /** A page break waiting for the next block. */
    private boolean breakPending;

    private DocxWriter() {
    }

    public static void write(List<FormDocument> documents, Path target) throws IOException {
        FileOutput.write(target, out -> write(documents, out));
    }

    public static void write(List<FormDocument> documents, OutputStream out) throws IOException {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("没有要写出的表单");
        }
        DocxWriter w = new DocxWriter();
        w.defaults();
        for (int i = 0; i < documents.size(); i++) {
            FormDocument d = documents.get(i);
            w.document(d);
            if (i + 1 < documents.size()) {
                PageSetup next = documents.get(i + 1).page;
                if (next.equals(d.page)) {
                    w.breakPending = true;
                } else {
                    w.sectionBreak(d.page);
                }
            }
        }
        w.flushBreak();
        w.pageSetup(w.body.isSetSectPr() ? w.body.getSectPr() : w.body.addNewSectPr(), documents.get(documents.size() - 1).page);
        w.doc.write(out);
        w.doc.close();
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
        for (FormDocument.Block b : d.blocks) {
            if (b instanceof Paragraph p) {
                paragraph(p);
            } else if (b instanceof Table t) {
                table(t, d.page);
            } else if (b instanceof FormDocument.PageBreak) {
                breakPending = true;
            }
        }
    }

    private void paragraph(Paragraph p) {
        FormFonts.Font font = FormFonts.paragraph(p.style());
        List<String> lines = FormText.lines(p.text());
        for (int i = 0; i < lines.size(); i++) {
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
                ppr.addNewInd().setFirstLineChars(BigInteger.valueOf(200));
            }
            ppr.addNewJc().setVal(switch (p.align()) {
                case LEFT -> STJc.LEFT;
                case CENTER -> STJc.CENTER;
                case RIGHT -> STJc.RIGHT;
                case JUSTIFY -> STJc.BOTH;
            });
            markFont(ppr, font);
            run(ctp, lines.get(i), font);
        }
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

    private void table(Table table, PageSetup page) {
        flushBreak();
        TableGrid grid = new TableGrid(table);
        int[] widths = columnTwips(table, page);
        CTTbl tbl = body.addNewTbl();
        CTTblPr pr = tbl.addNewTblPr();
        pr.addNewTblW().setW(BigInteger.valueOf(sum(widths, 0, widths.length)));
        pr.getTblW().setType(STTblWidth.DXA);
        pr.addNewJc().setVal(STJcTable.CENTER);
        borders(pr.addNewTblBorders());
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblCellMar mar = pr.addNewTblCellMar();
        mar.addNewLeft().setW(BigInteger.valueOf(CELL_MARGIN_TWIPS));
        mar.getLeft().setType(STTblWidth.DXA);
        mar.addNewRight().setW(BigInteger.valueOf(CELL_MARGIN_TWIPS));
        mar.getRight().setType(STTblWidth.DXA);
        CTTblGrid tg = tbl.addNewTblGrid();
        for (int w : widths) {
            tg.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < grid.rows(); r++) {
            CTRow tr = tbl.addNewTr();
            CTTrPr trPr = tr.addNewTrPr();
            trPr.addNewCantSplit();
            if (r < table.headerRows()) {
                trPr.addNewTblHeader();
            }
            double mm = r < table.rows().size() ? table.rows().get(r).minHeightMm() : 0;
            var h = trPr.addNewTrHeight();
            h.setVal(twips(mm > 0 ? mm : DEFAULT_ROW_MM));
            h.setHRule(STHeightRule.AT_LEAST);
            int c = 0;
            while (c < grid.columns()) {
                TableGrid.Placed p = grid.at(r, c);
                if (p == null) {
                    cell(tr, table, Table.Cell.of(""), widths[c], 1, null);
                    c++;
                    continue;
                }
                int span = p.cell().colSpan();
                int w = sum(widths, c, c + span);
                if (p.row() == r) {
                    cell(tr, table, p.cell(), w, span, p.cell().rowSpan() > 1 ? STMerge.RESTART : null);
                } else {
                    cell(tr, table, Table.Cell.of(""), w, span, STMerge.CONTINUE);
                }
                c += span;
            }
        }
        // Word needs a paragraph between two tables, or it joins them into one.
        CTP after = body.addNewP();
        tightSpacing(after.addNewPPr());
        markFont(after.getPPr(), new FormFonts.Font(FormFonts.SONG, 1, false));
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
        FormFonts.Font font = FormFonts.cell(table, cell);
        for (String line : FormText.lines(merge == STMerge.CONTINUE ? "" : cell.text())) {
            CTP p = tc.addNewP();
            CTPPr ppr = p.addNewPPr();
            tightSpacing(ppr);
            ppr.addNewJc().setVal(switch (cell.align()) {
                case LEFT -> STJc.BOTH;
                case CENTER -> STJc.CENTER;
                case RIGHT -> STJc.RIGHT;
            });
            markFont(ppr, font);
            run(p, line, font);
        }
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

    /** Column widths in twips from the weights, summing exactly to the content width. */
    static int[] columnTwips(Table table, PageSetup page) {
        double[] weights = table.columnWeights();
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        int content = (int) Math.round(page.contentWidthMm() * TWIPS_PER_MM);
        int[] out = new int[weights.length];
        int used = 0;
        for (int i = 0; i < weights.length; i++) {
            out[i] = i == weights.length - 1 ? content - used : (int) Math.round(content * weights[i] / total);
            used += out[i];
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
