package cn.jixiao.documents;

import cn.jixiao.domain.TextInput;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Renders form documents into one PDF, each document starting on a new page: A4 in the layout's
 * orientation, tables on the layout's column weights with their row and column spans, header rows
 * repeated on each page a table continues to, a row never split, a group of rows joined by a row
 * span kept on one page when it fits on one. The type is {@link FormFonts}' (黑体 titles, 宋体
 * tables); the fonts are embedded as subsets with their character maps, so the text can be
 * selected and searched.
 *
 * <p>PDFBox draws; the layout is done here, on the same {@link Table}/{@link TableGrid} model the
 * docx and xlsx writers use: PDFBox subsets a TrueType collection (SimSun, 文泉驿正黑) several
 * times faster than OpenPDF does (see the commit that chose it), and the forms' tables need only
 * a grid of spans, which {@link TableGrid} already places.
 */
public final class PdfWriter {
    /** True for the failure of a system with no font to embed, whose message says in Chinese what to install. */
    public static boolean missingFont(Throwable e) {
        return e instanceof PdfFonts.MissingFontException;
    }

    private static final float PT_PER_MM = 72f / 25.4f;
    private static final float A4_SHORT = 210 * PT_PER_MM;
    private static final float A4_LONG = 297 * PT_PER_MM;
    /** Line height as a multiple of the type size: Word's single spacing for 宋体. */
    private static final float LEADING = 1.3f;
    /** Cell padding left and right, as the docx writer's cell margins (85 and 45 twips). */
    private static final float CELL_PAD = 85 / 20f;
    private static final float DENSE_CELL_PAD = 45 / 20f;
    /** Cell padding top and bottom. */
    private static final float CELL_PAD_V = 1.5f;
    private static final float BORDER = 0.5f;
    /** Ideographs stand alone on a line; these stay with the character before them. */
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕”’%…—·,.;:?!)]}";
    /** And these with the character after them. */
    private static final String NO_LINE_END = "（《「『【〔“‘([{";
    /** Characters a font may lack, drawn as the box the forms' tick boxes mean (□ ☐, ■ ☑). */
    private static final Map<Integer, Integer> STAND_INS = Map.of((int) '☐', (int) '□', (int) '☑', (int) '■');

    private final PdfFonts fonts;
    private final PDDocument pdf;
    private final Map<TrueTypeFont, PDType0Font> embedded = new IdentityHashMap<>();
    private final Consumer<String> warnings;
    private final Set<Integer> missingWarned = new LinkedHashSet<>();
    private String documentName = "";

    private PDPageContentStream cs;
    private PageSetup setup;
    /** Distance of the next block's top from the page's top edge, in points. */
    private float y;
    /** True when something was drawn on the current page. */
    private boolean pageUsed;
    private boolean breakPending;

    private PdfWriter(PdfFonts fonts, PDDocument pdf, Consumer<String> warnings) {
        this.fonts = fonts;
        this.pdf = pdf;
        this.warnings = warnings;
    }

    /** A writer that only measures and wraps text (the preview's and the tests' line breaks). */
    static PdfWriter measuring(PdfFonts fonts) {
        return new PdfWriter(fonts, null, w -> { });
    }

    public static void write(List<FormDocument> documents, Path target) throws IOException {
        write(documents, target, w -> { });
    }

    /** Writes the documents, telling {@code warnings} of any text that had to be changed to fit. */
    public static void write(Iterable<FormDocument> documents, Path target, Consumer<String> warnings) throws IOException {
        PdfFonts fonts = PdfFonts.system();
        FileOutput.write(target, out -> write(documents, out, warnings, fonts));
    }

    static void write(Iterable<FormDocument> documents, OutputStream out, Consumer<String> warnings, PdfFonts fonts)
            throws IOException {
        Iterator<FormDocument> it = documents.iterator();
        if (!it.hasNext()) {
            throw new IllegalArgumentException("没有要写出的表单");
        }
        // A shared font is subset by one document at a time.
        synchronized (fonts) {
            // page content goes to a temporary file, not the heap: 300 projects' forms are thousands of pages
            try (PDDocument pdf = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
                PdfWriter w = new PdfWriter(fonts, pdf, warnings);
                boolean first = true;
                while (it.hasNext()) {
                    FormDocument d = it.next();
                    if (first) {
                        pdf.getDocumentInformation().setTitle(d.name);
                        first = false;
                    }
                    w.document(d);
                }
                w.closePage();
                pdf.getDocumentInformation().setCreator("绩效填报");
                pdf.save(out);
            }
        }
    }

    private void document(FormDocument d) throws IOException {
        documentName = d.name == null ? "" : d.name;
        newPage(d.page);
        for (FormDocument.Block b : d.blocks) {
            if (b instanceof Table t) {
                table(t);
            } else if (b instanceof Paragraph p) {
                paragraph(p);
            } else if (b instanceof FormDocument.PageBreak) {
                breakPending = true;
            }
        }
        breakPending = false;
    }

    // ---- pages ----

    private void newPage(PageSetup page) throws IOException {
        closePage();
        setup = page;
        PDPage p = new PDPage(page.landscape() ? new PDRectangle(A4_LONG, A4_SHORT) : new PDRectangle(A4_SHORT, A4_LONG));
        pdf.addPage(p);
        cs = new PDPageContentStream(pdf, p);
        cs.setLineWidth(BORDER);
        y = mm(page.topMm());
        pageUsed = false;
    }

    private void closePage() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    /** A pending page break is taken before the next block; an empty page is never left behind. */
    private void takeBreak() throws IOException {
        if (breakPending) {
            breakPending = false;
            if (pageUsed) {
                newPage(setup);
            }
        }
    }

    private float pageHeight() {
        return setup.landscape() ? A4_SHORT : A4_LONG;
    }

    /** Where the content ends, from the page's top edge. */
    private float bottom() {
        return pageHeight() - mm(setup.bottomMm());
    }

    private float left() {
        return mm(setup.leftMm());
    }

    private float contentWidth() {
        return mm(setup.contentWidthMm());
    }

    private float contentHeight() {
        return bottom() - mm(setup.topMm());
    }

    // ---- paragraphs ----

    private void paragraph(Paragraph p) throws IOException {
        takeBreak();
        List<String> lines = FormText.lines(p.text(), this::removed);
        float width = contentWidth();
        if (p.style() == Paragraph.Style.HEADING) {
            y += 6;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            FormFonts.Font font = FormFonts.paragraph(p.style(), line, setup.contentWidthMm());
            PdfFonts.Family family = PdfFonts.family(font.family());
            float size = (float) font.sizePt();
            float lead = size * LEADING;
            if (line.indexOf('\t') >= 0) {
                fitLine(lead);
                tabbedLine(line, family, size, font.bold());
                y += lead;
            } else {
                boolean indent = p.style() == Paragraph.Style.BODY_INDENT || p.style() == Paragraph.Style.HEADING;
                float first = indent ? 2 * size : 0;
                List<String> wrapped = wrap(line, family, size, width, first);
                for (int k = 0; k < wrapped.size(); k++) {
                    fitLine(lead);
                    String text = wrapped.get(k);
                    float x0 = left() + (k == 0 ? first : 0);
                    float avail = width - (k == 0 ? first : 0);
                    float w = width(text, family, size);
                    float x = switch (p.align()) {
                        case CENTER -> x0 + (avail - w) / 2;
                        case RIGHT -> x0 + avail - w;
                        default -> x0;
                    };
                    text(text, family, size, font.bold(), x, baseline(y, lead, size));
                    y += lead;
                }
            }
            if (p.style() == Paragraph.Style.TITLE && i == lines.size() - 1) {
                y += 8;
            }
        }
        pageUsed = true;
    }

    /** A new page when a line of this height no longer fits. */
    private void fitLine(float lead) throws IOException {
        if (pageUsed && y + lead > bottom()) {
            newPage(setup);
        }
        pageUsed = true;
    }

    /**
     * A form line like '填报单位（盖章）：…\t金额单位：万元': the first part at the left margin, the
     * last at the right margin, the ones between centred in equal shares, as the docx tab stops.
     */
    private void tabbedLine(String line, PdfFonts.Family family, float size, boolean bold) throws IOException {
        String[] parts = line.split("\t", -1);
        float width = contentWidth();
        float base = baseline(y, size * LEADING, size);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            float w = width(parts[i], family, size);
            float x;
            if (i == 0) {
                x = left();
            } else if (i == parts.length - 1) {
                x = left() + width - w;
            } else {
                x = left() + width * (i + 0.5f) / parts.length - w / 2;
            }
            text(parts[i], family, size, bold, x, base);
        }
    }

    // ---- tables ----

    /** One row's cells laid out: the lines of each cell declared in the row. */
    private record CellLines(TableGrid.Placed placed, List<String> lines, float size, float pad, float need) {
    }

    private void table(Table table) throws IOException {
        takeBreak();
        TableGrid grid = new TableGrid(table);
        int rows = grid.rows();
        if (rows == 0) {
            return;
        }
        float width = contentWidth();
        double[] edgesMm = SharedGrid.edges(table, setup.contentWidthMm());
        float[] x = new float[edgesMm.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = left() + mm(edgesMm[i]);
        }
        x[x.length - 1] = left() + width;
        float pad = FormFonts.dense(table) ? DENSE_CELL_PAD : CELL_PAD;

        // each declared cell's lines, then each row's height: the layout's least height (a stacked
        // label's height included, as the docx writer reckons it), raised to hold the text
        double[] least = DocxWriter.rowHeightsMm(table, grid);
        float[] h = new float[rows];
        Map<TableGrid.Placed, CellLines> laid = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            h[r] = mm(least[r]);
        }
        for (int r = 0; r < rows; r++) {
            for (TableGrid.Placed p : grid.declaredIn(r)) {
                float inner = x[p.lastCol() + 1] - x[p.col()] - 2 * pad;
                FormFonts.Font font = p.cell().vertical() ? FormFonts.cell(table, p.cell())
                        : FormFonts.fitFigures(FormFonts.cell(table, p.cell()), p.cell().text(), inner,
                        f -> width(f, PdfFonts.Family.SONG, 1));
                float size = (float) font.sizePt();
                List<String> lines;
                float need;
                if (p.cell().vertical()) {
                    String t = FormText.clean(p.cell().text(), this::removed).replace("\n", "");
                    lines = List.of(t);
                    need = t.codePointCount(0, t.length()) * size * 1.1f + 2 * CELL_PAD_V;
                } else {
                    lines = new ArrayList<>();
                    for (String l : FormText.lines(p.cell().text(), this::removed)) {
                        lines.addAll(wrap(l.replace('\t', ' '), PdfFonts.Family.SONG, size, inner, 0));
                    }
                    need = lines.size() * size * LEADING + 2 * CELL_PAD_V;
                }
                laid.put(p, new CellLines(p, lines, size, pad, need));
                if (p.cell().rowSpan() == 1) {
                    h[r] = Math.max(h[r], need);
                }
            }
        }
        // a spanning cell's text is held by its rows together; the last of them grows if they cannot
        for (CellLines c : laid.values()) {
            TableGrid.Placed p = c.placed();
            if (p.cell().rowSpan() > 1) {
                float have = 0;
                for (int k = p.row(); k <= p.lastRow(); k++) {
                    have += h[k];
                }
                if (have < c.need()) {
                    h[p.lastRow()] += c.need() - have;
                }
            }
        }

        int header = Math.min(table.headerRows(), rows);
        List<int[]> slices = paginate(grid, h, header);
        // a cell cut by a page break prints its text in its first part that holds it, else its tallest
        Map<TableGrid.Placed, Integer> textSlice = new HashMap<>();
        Map<TableGrid.Placed, Float> textHeight = new HashMap<>();
        Set<TableGrid.Placed> settled = new java.util.HashSet<>();
        for (int s = 0; s < slices.size(); s++) {
            int a = slices.get(s)[0];
            int b = slices.get(s)[1];
            for (int r = 0; r < rows; r++) {
                for (TableGrid.Placed p : grid.declaredIn(r)) {
                    if (p.row() > b || p.lastRow() < a || settled.contains(p)) {
                        continue;
                    }
                    float part = 0;
                    for (int k = Math.max(a, p.row()); k <= Math.min(b, p.lastRow()); k++) {
                        part += h[k];
                    }
                    if (part >= laid.get(p).need()) {
                        settled.add(p);
                        textSlice.put(p, s);
                    } else if (part > textHeight.getOrDefault(p, -1f)) {
                        textHeight.put(p, part);
                        textSlice.put(p, s);
                    }
                }
            }
        }
        for (int s = 0; s < slices.size(); s++) {
            int a = slices.get(s)[0];
            int b = slices.get(s)[1];
            boolean newPage = slices.get(s)[2] == 1;
            if (newPage) {
                newPage(setup);
            }
            if (s > 0 && header > 0 && a >= header) {
                drawRows(grid, laid, h, x, 0, header - 1, Map.of(), -1);
            }
            drawRows(grid, laid, h, x, a, b, textSlice, s);
            pageUsed = true;
        }
    }

    /**
     * The table's rows in page-sized slices {first row, last row, 1 if the slice starts a new
     * page}. A break comes only between rows; between the rows a row span joins only when the
     * joined rows do not fit on one page; a continuing slice repeats the header rows above it.
     */
    private List<int[]> paginate(TableGrid grid, float[] h, int header) {
        int rows = h.length;
        float headerHeight = 0;
        for (int r = 0; r < header; r++) {
            headerHeight += h[r];
        }
        float full = contentHeight();
        float fresh = full - headerHeight;
        float room = bottom() - y;
        // the header rows travel with the first group of rows below them
        float firstNeed = 0;
        for (int k = 0; k <= groupEnd(grid, Math.min(header, rows - 1)); k++) {
            firstNeed += h[k];
        }
        boolean startsPage = false;
        if (firstNeed > room && pageUsed && firstNeed <= full) {
            startsPage = true;
            room = full;
        }
        List<int[]> slices = new ArrayList<>();
        int start = 0;
        int r = 0;
        while (r < rows) {
            int end = groupEnd(grid, r);
            float need = 0;
            for (int k = r; k <= end; k++) {
                need += h[k];
            }
            // a slice holds a body row at least: the header rows alone are never left at a page's foot
            int lastNonBody = start < header ? header - 1 : start - 1;
            if (need <= room || r < header) {
                room -= need;
                r = end + 1;
                continue;
            }
            if (r - 1 > lastNonBody && need <= fresh) {
                slices.add(new int[] {start, r - 1, startsPage ? 1 : 0});
                start = r;
                startsPage = true;
                room = fresh - need;
                r = end + 1;
                continue;
            }
            // rows a span joins that no page holds: broken between them where the page is full
            for (int k = r; k <= end; k++) {
                int sliceLastNonBody = start < header ? header - 1 : start - 1;
                if (h[k] > room && k - 1 > sliceLastNonBody) {
                    slices.add(new int[] {start, k - 1, startsPage ? 1 : 0});
                    start = k;
                    startsPage = true;
                    room = fresh;
                }
                room -= h[k];
            }
            r = end + 1;
        }
        slices.add(new int[] {start, rows - 1, startsPage ? 1 : 0});
        return slices;
    }

    /** The last row of the group of rows that row spans join to row {@code r}. */
    private static int groupEnd(TableGrid grid, int r) {
        int end = r;
        for (int k = r; k <= end; k++) {
            for (int c = 0; c < grid.columns(); c++) {
                TableGrid.Placed p = grid.at(k, c);
                if (p != null) {
                    end = Math.max(end, p.lastRow());
                }
            }
        }
        return end;
    }

    /** Rows a..b at the current position; a cell's text only in the slice chosen for it. */
    private void drawRows(TableGrid grid, Map<TableGrid.Placed, CellLines> laid, float[] h, float[] x, int a, int b,
                          Map<TableGrid.Placed, Integer> textSlice, int slice) throws IOException {
        float[] top = new float[b - a + 2];
        top[0] = y;
        for (int r = a; r <= b; r++) {
            top[r - a + 1] = top[r - a] + h[r];
        }
        Set<TableGrid.Placed> drawn = new LinkedHashSet<>();
        for (int r = a; r <= b; r++) {
            for (int c = 0; c < grid.columns(); c++) {
                TableGrid.Placed p = grid.at(r, c);
                if (p == null) {
                    box(x[c], top[r - a], x[c + 1], top[r - a + 1]);
                    continue;
                }
                if (!drawn.add(p)) {
                    continue;
                }
                int first = Math.max(a, p.row());
                int last = Math.min(b, p.lastRow());
                float x0 = x[p.col()];
                float x1 = x[p.lastCol() + 1];
                float y0 = top[first - a];
                float y1 = top[last - a + 1];
                box(x0, y0, x1, y1);
                boolean here = slice < 0 ? p.row() >= a : textSlice.getOrDefault(p, -1) == slice;
                if (here) {
                    cellText(laid.get(p), x0, y0, x1, y1);
                }
            }
        }
        y = top[b - a + 1];
    }

    private void box(float x0, float y0, float x1, float y1) throws IOException {
        float ph = pageHeight();
        cs.addRect(x0, ph - y1, x1 - x0, y1 - y0);
        cs.stroke();
    }

    private void cellText(CellLines c, float x0, float y0, float x1, float y1) throws IOException {
        if (c == null) {
            return;
        }
        Table.Cell cell = c.placed().cell();
        float size = c.size();
        if (cell.vertical()) {
            String t = c.lines().get(0);
            int n = t.codePointCount(0, t.length());
            float step = size * 1.1f;
            float yy = (y0 + y1) / 2 - n * step / 2;
            int i = 0;
            while (i < t.length()) {
                int cp = t.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float w = width(ch, PdfFonts.Family.SONG, size);
                text(ch, PdfFonts.Family.SONG, size, cell.header(), (x0 + x1 - w) / 2, baseline(yy, step, size));
                yy += step;
                i += Character.charCount(cp);
            }
            return;
        }
        float lead = size * LEADING;
        float yy = (y0 + y1) / 2 - c.lines().size() * lead / 2;
        for (String line : c.lines()) {
            float w = width(line, PdfFonts.Family.SONG, size);
            float xx = switch (cell.align()) {
                case LEFT -> x0 + c.pad();
                case CENTER -> (x0 + x1 - w) / 2;
                case RIGHT -> x1 - c.pad() - w;
            };
            text(line, PdfFonts.Family.SONG, size, cell.header(), xx, baseline(yy, lead, size));
            yy += lead;
        }
    }

    // ---- text ----

    /** The baseline of a line whose box starts at {@code top}: the text centred in the line's height. */
    private static float baseline(float top, float lead, float size) {
        return top + (lead - size) / 2 + size * 0.86f;
    }

    /**
     * The text in lines no wider than {@code width} (the first {@code firstIndent} narrower). A
     * line breaks between ideographs or at a space, never inside a figure or a Latin word unless
     * the word alone is wider than the line, never before a closing mark or after an opening one.
     */
    List<String> wrap(String text, PdfFonts.Family family, float size, float width, float firstIndent) {
        List<String> out = new ArrayList<>();
        if (text.isEmpty()) {
            out.add("");
            return out;
        }
        List<String> tokens = tokens(text);
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (String tok : tokens) {
            float avail = width - (out.isEmpty() ? firstIndent : 0);
            float w = width(tok, family, size);
            if (used + w <= avail + 0.01f) {
                line.append(tok);
                used += w;
                continue;
            }
            if (tok.isBlank()) {
                // a space that would end the line ends it, and is not carried to the next
                if (line.length() > 0) {
                    out.add(line.toString().stripTrailing());
                    line.setLength(0);
                    used = 0;
                }
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString().stripTrailing());
                line.setLength(0);
                used = 0;
                avail = width;
            }
            if (w <= avail) {
                line.append(tok);
                used = w;
                continue;
            }
            // a word wider than a whole line: broken where the line is full
            int i = 0;
            while (i < tok.length()) {
                int cp = tok.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float cw = width(ch, family, size);
                if (used + cw > avail && line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                    used = 0;
                    avail = width;
                }
                line.append(ch);
                used += cw;
                i += Character.charCount(cp);
            }
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString().stripTrailing());
        }
        return out;
    }

    /** Breakable pieces: an ideograph, a run of Latin letters and figures, a space; marks glued on. */
    static List<String> tokens(String text) {
        List<String> raw = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int j = i + Character.charCount(cp);
            if (word(cp)) {
                while (j < text.length() && word(text.codePointAt(j))) {
                    j += Character.charCount(text.codePointAt(j));
                }
            } else if (Character.isWhitespace(cp) || cp == '\u3000') {
                while (j < text.length() && (Character.isWhitespace(text.codePointAt(j)) || text.charAt(j) == '\u3000')) {
                    j++;
                }
            }
            raw.add(text.substring(i, j));
            i = j;
        }
        List<String> out = new ArrayList<>();
        boolean glueNext = false;
        for (String t : raw) {
            boolean closing = t.length() == 1 && NO_LINE_START.indexOf(t.charAt(0)) >= 0;
            if (!out.isEmpty() && (closing || glueNext) && !t.isBlank()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + t);
            } else {
                out.add(t);
            }
            glueNext = t.length() == 1 && NO_LINE_END.indexOf(t.charAt(t.length() - 1)) >= 0;
        }
        return out;
    }

    /** Part of a figure, a code or a Latin word: '2677.71', '12.5%', 'A-3'. */
    private static boolean word(int cp) {
        return cp < 0x2E80 && !Character.isWhitespace(cp) && NO_LINE_END.indexOf(cp) < 0
                && (Character.isLetterOrDigit(cp) || ".,%+-_/#&*'~@:°".indexOf(cp) >= 0);
    }

    /** The width of a text in points, each character in the font that draws it. */
    float width(String text, PdfFonts.Family family, float size) {
        float ems = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            PdfFonts.Face f = face(family, cp);
            ems += f == null ? 1f : f.ems(drawn(family, cp));
            i += Character.charCount(cp);
        }
        return ems * size;
    }

    private PdfFonts.Face face(PdfFonts.Family family, int cp) {
        PdfFonts.Face f = fonts.faceFor(family, cp);
        if (f == null && STAND_INS.containsKey(cp)) {
            f = fonts.faceFor(family, STAND_INS.get(cp));
        }
        return f;
    }

    /** The character drawn for {@code cp}: itself, or its stand-in when no font has it. */
    private int drawn(PdfFonts.Family family, int cp) {
        return fonts.faceFor(family, cp) == null && STAND_INS.containsKey(cp) ? STAND_INS.get(cp) : cp;
    }

    /** Draws a line of text at a baseline given from the page's top, in runs of one font each. */
    private void text(String text, PdfFonts.Family family, float size, boolean bold, float x, float base) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        if (bold) {
            // no bold face on most systems: the outline stroked as well as filled reads as bold
            cs.setRenderingMode(RenderingMode.FILL_STROKE);
            cs.setLineWidth(size * 0.03f);
        }
        cs.newLineAtOffset(x, pageHeight() - base);
        StringBuilder run = new StringBuilder();
        PdfFonts.Face runFace = null;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp)) {
                continue;
            }
            PdfFonts.Face f = face(family, cp);
            int shown = drawn(family, cp);
            if (f == null) {
                if (missingWarned.add(cp)) {
                    warnings.accept("表单“" + documentName + "”中的字符“" + new String(Character.toChars(cp))
                            + "”在可用的字体中没有字形，PDF 中以“?”代替");
                }
                f = face(family, '?');
                shown = '?';
                if (f == null) {
                    continue;
                }
            }
            if (f != runFace && run.length() > 0) {
                show(runFace, size, run.toString());
                run.setLength(0);
            }
            runFace = f;
            run.appendCodePoint(shown);
        }
        if (run.length() > 0) {
            show(runFace, size, run.toString());
        }
        cs.endText();
        if (bold) {
            cs.setRenderingMode(RenderingMode.FILL);
            cs.setLineWidth(BORDER);
        }
    }

    private void show(PdfFonts.Face face, float size, String text) throws IOException {
        PDType0Font font = embedded.get(face.font);
        if (font == null) {
            font = PDType0Font.load(pdf, face.font, true);
            embedded.put(face.font, font);
        }
        cs.setFont(font, size);
        cs.showText(text);
    }

    private void removed(TextInput.Cleaned c) {
        warnings.accept(c.notice("表单“" + documentName + "”的一处文字"));
    }

    private static float mm(double mm) {
        return (float) (mm * PT_PER_MM);
    }
}
