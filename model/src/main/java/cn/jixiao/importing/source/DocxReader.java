package cn.jixiao.importing.source;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * 读取 .docx: the body of word/document.xml read as a stream of XML events (no DOM: the memory
 * needed does not grow with the document), into tables in body order with the paragraphs between
 * them. Word's own structure is kept where a form needs it: gridSpan and gridBefore/gridAfter
 * place a cell in the table's grid, vMerge restart/continue merges cells down (a merged 一级), a
 * table inside a cell gives its text to that cell, and page breaks (a page break in a run,
 * 段前分页, a section break that starts a new page) mark the table after them. Hidden text
 * (w:vanish), deleted text and the fallback copy of a drawing are not what the clerk sees and are
 * skipped.
 */
final class DocxReader {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private final Path file;
    private final List<SourceTable> tables = new ArrayList<>();
    /** Paragraphs outside tables since the previous table. */
    private final List<String> pending = new ArrayList<>();
    private boolean pendingBreak;

    /** Open tables, outermost first; only the outermost makes a SourceTable. */
    private final Deque<TableState> open = new ArrayDeque<>();
    /** Open paragraphs (a text box's paragraph sits inside another). */
    private final Deque<StringBuilder> paragraphs = new ArrayDeque<>();
    private boolean runHidden;
    private boolean inRun;

    private DocxReader(Path file) {
        this.file = file;
    }

    static SourceDocument read(Path file, OfficePackage pkg) throws ImportRefusal {
        DocxReader r = new DocxReader(file);
        String main = "word/document.xml";
        try (InputStream in = pkg.part(main)) {
            r.parse(OfficePackage.xmlFactory().createXMLStreamReader(in));
        } catch (XMLStreamException | IOException e) {
            throw SourceReader.damaged(file, e);
        }
        return new SourceDocument(file, SourceDocument.Format.DOCX, r.tables, r.pending, pkg.customProperties());
    }

    private void parse(XMLStreamReader x) throws XMLStreamException, ImportRefusal {
        Deque<String> path = new ArrayDeque<>();
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String ns = x.getNamespaceURI();
                String name = x.getLocalName();
                if (MC.equals(ns) && name.equals("Fallback")) {
                    skip(x);
                    continue;
                }
                if (W.equals(ns) && (name.equals("del") || name.equals("moveFrom"))) {
                    skip(x);
                    continue;
                }
                String parent = path.peek();
                path.push(name);
                if (W.equals(ns)) {
                    start(x, name, parent);
                    if (x.getEventType() == XMLStreamConstants.END_ELEMENT) {
                        // w:t was read whole, its end included
                        path.pop();
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                path.pop();
                if (W.equals(x.getNamespaceURI())) {
                    end(x.getLocalName());
                }
            }
        }
    }

    private void start(XMLStreamReader x, String name, String parent) throws XMLStreamException, ImportRefusal {
        switch (name) {
            case "tbl" -> {
                open.push(new TableState());
                if (open.size() == 1) {
                    open.peek().breakBefore = pendingBreak;
                    pendingBreak = false;
                }
            }
            case "gridCol" -> {
                if (open.size() == 1) {
                    open.peek().gridColumns++;
                }
            }
            case "tr" -> {
                if (open.size() == 1) {
                    open.peek().row = new ArrayList<>();
                    open.peek().column = 0;
                }
            }
            case "gridBefore" -> {
                if (open.size() == 1 && open.peek().row != null) {
                    open.peek().column = number(x, 0);
                }
            }
            case "tc" -> {
                if (open.size() == 1) {
                    open.peek().cell = new CellState();
                }
            }
            case "gridSpan" -> {
                TableState t = open.peek();
                if (open.size() == 1 && t.cell != null && "tcPr".equals(parent)) {
                    t.cell.span = Math.max(1, number(x, 1));
                }
            }
            case "vMerge" -> {
                TableState t = open.peek();
                if (open.size() == 1 && t.cell != null && "tcPr".equals(parent)) {
                    String val = x.getAttributeValue(W, "val");
                    t.cell.merge = "restart".equals(val) ? WordGrid.Merge.RESTART : WordGrid.Merge.CONTINUE;
                }
            }
            case "p" -> paragraphs.push(new StringBuilder());
            case "pageBreakBefore" -> {
                if (on(x)) {
                    breakBefore();
                }
            }
            case "sectPr" -> {
                // a section break within the body sits in the last paragraph of its section
                if ("pPr".equals(parent)) {
                    pendingSection = true;
                }
            }
            case "type" -> {
                if (pendingSection && "sectPr".equals(parent) && "continuous".equals(x.getAttributeValue(W, "val"))) {
                    pendingSection = false;
                }
            }
            case "r" -> {
                inRun = true;
                runHidden = false;
            }
            case "vanish" -> {
                if ("rPr".equals(parent) && inRun && on(x)) {
                    runHidden = true;
                }
            }
            case "t" -> {
                if ("r".equals(parent)) {
                    String t = x.getElementText();
                    if (!runHidden) {
                        append(t);
                    }
                }
            }
            case "tab" -> {
                if ("r".equals(parent) && !runHidden) {
                    append("\t");
                }
            }
            case "cr" -> {
                if (!runHidden) {
                    append("\n");
                }
            }
            case "noBreakHyphen" -> append("-");
            case "br" -> {
                String type = x.getAttributeValue(W, "type");
                if ("page".equals(type)) {
                    if (open.isEmpty()) {
                        pendingBreak = true;
                    }
                } else if (!"column".equals(type) && !runHidden) {
                    append("\n");
                }
            }
            default -> { }
        }
    }

    private boolean pendingSection;

    private void end(String name) throws ImportRefusal {
        switch (name) {
            case "r" -> {
                inRun = false;
                runHidden = false;
            }
            case "p" -> {
                StringBuilder p = paragraphs.pop();
                String text = SourceText.tidy(p.toString());
                if (!open.isEmpty()) {
                    TableState t = open.peekLast();
                    if (t.cell != null) {
                        t.cell.lines.add(text);
                    }
                } else if (!text.replace('\u3000', ' ').isBlank()) {
                    SourceText.checkLength(file, text, "第" + (tables.size() + 1) + "个表格前的段落");
                    pending.add(text);
                }
                if (pendingSection) {
                    pendingSection = false;
                    if (open.isEmpty()) {
                        pendingBreak = true;
                    }
                }
            }
            case "tc" -> {
                TableState t = open.peek();
                if (open.size() == 1 && t.cell != null && t.row != null) {
                    CellState c = t.cell;
                    t.row.add(new WordGrid.Cell(t.column, c.span, c.merge, String.join("\n", c.lines)));
                    t.column += c.span;
                    t.cell = null;
                }
            }
            case "tr" -> {
                TableState t = open.peek();
                if (open.size() == 1 && t.row != null) {
                    t.grid.addRow(t.row);
                    t.row = null;
                    t.column = 0;
                }
            }
            case "tbl" -> {
                TableState t = open.pop();
                if (open.isEmpty()) {
                    t.grid.declaredColumns(t.gridColumns);
                    tables.add(t.grid.build(file, tables.size(), pending, t.breakBefore));
                    pending.clear();
                }
            }
            default -> { }
        }
    }

    /** 段前分页 on a paragraph: before the next table when outside one, before its table when in its first row. */
    private void breakBefore() {
        if (open.isEmpty()) {
            pendingBreak = true;
        } else if (open.size() == 1 && open.peek().grid.isEmpty()) {
            open.peek().breakBefore = true;
        }
    }

    private void append(String s) throws ImportRefusal {
        StringBuilder p = paragraphs.peek();
        if (p == null) {
            return;
        }
        p.append(s);
        if (p.length() > SourceText.MAX_CELL_CHARS) {
            TableState t = open.peekLast();
            String place = t == null ? "第" + (tables.size() + 1) + "个表格前的段落"
                    : "第" + (tables.size() + 1) + "个表格 第" + (t.grid.rows() + 1) + "行第" + (t.column + 1) + "列";
            SourceText.checkLength(file, p, place);
        }
    }

    private static boolean on(XMLStreamReader x) {
        String val = x.getAttributeValue(W, "val");
        return val == null || !(val.equals("0") || val.equals("false") || val.equals("off"));
    }

    private static int number(XMLStreamReader x, int otherwise) {
        try {
            return Integer.parseInt(x.getAttributeValue(W, "val").strip());
        } catch (RuntimeException e) {
            return otherwise;
        }
    }

    private static void skip(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static final class TableState {
        final WordGrid grid = new WordGrid();
        int gridColumns;
        List<WordGrid.Cell> row;
        int column;
        CellState cell;
        boolean breakBefore;
    }

    private static final class CellState {
        final List<String> lines = new ArrayList<>();
        int span = 1;
        WordGrid.Merge merge = WordGrid.Merge.NONE;
    }
}
