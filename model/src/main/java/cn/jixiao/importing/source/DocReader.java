package cn.jixiao.importing.source;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * 读取 .doc (Word 97-2003) through HWPF: the document's paragraphs in order, each table read whole
 * when its first paragraph comes. A .doc has no grid of columns: each cell has its left edge and
 * width, so the table's grid is the distinct cell boundaries of all its rows and a cell spans the
 * grid columns between its edges. Vertical merges are flags on the cells (first merged, merged);
 * a table inside a cell gives its text to that cell. A page or section break (the character \f)
 * or 段前分页 marks the table after it.
 */
final class DocReader {
    /** Edges closer than this (in twips, 1/20 pt) are one boundary: Word rounds widths per row. */
    private static final int EDGE_TOLERANCE = 15;

    private DocReader() {
    }

    static SourceDocument read(Path file, HWPFDocument doc) throws ImportRefusal {
        Range range = doc.getRange();
        List<SourceTable> tables = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        boolean pendingBreak = false;
        int n = range.numParagraphs();
        int i = 0;
        while (i < n) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table t = tableAt(range, p);
                if (t != null && t.numParagraphs() > 0) {
                    tables.add(table(file, t, tables.size(), pending, pendingBreak || p.pageBreakBefore()));
                    pending.clear();
                    pendingBreak = false;
                    i += t.numParagraphs();
                    continue;
                }
            }
            String raw = p.text();
            if (p.pageBreakBefore()) {
                pendingBreak = true;
            }
            String text = clean(raw);
            if (!text.replace('\u3000', ' ').isBlank()) {
                SourceText.checkLength(file, text, "第" + (tables.size() + 1) + "个表格前的段落");
                pending.add(text);
            }
            if (raw.indexOf('\f') >= 0) {
                pendingBreak = true;
            }
            i++;
        }
        return new SourceDocument(file, SourceDocument.Format.DOC, tables, pending,
                SourceReader.customProperties(doc));
    }

    /** The table starting at a paragraph; null when HWPF cannot make one of it (then it is read as text). */
    private static Table tableAt(Range range, Paragraph p) {
        try {
            return range.getTable(p);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static SourceTable table(Path file, Table t, int index, List<String> textBefore, boolean pageBreak)
            throws ImportRefusal {
        // every row's cell boundaries, snapped together within the tolerance
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                edges.add(snap(edges, cell.getLeftEdge()));
                edges.add(snap(edges, cell.getLeftEdge() + cell.getWidth()));
            }
        }
        List<Integer> boundaries = new ArrayList<>(edges);
        WordGrid grid = new WordGrid();
        grid.declaredColumns(Math.max(0, boundaries.size() - 1));
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            List<WordGrid.Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int from = column(boundaries, cell.getLeftEdge());
                int to = column(boundaries, cell.getLeftEdge() + cell.getWidth());
                String text = clean(cell.text());
                if (cell.isMerged() && !cell.isFirstMerged() && !cells.isEmpty()) {
                    // the old horizontal merge: this cell widens the one before it
                    WordGrid.Cell before = cells.remove(cells.size() - 1);
                    cells.add(new WordGrid.Cell(before.column(), Math.max(before.span(), to - before.column()),
                            before.merge(), before.text()));
                    continue;
                }
                WordGrid.Merge merge = cell.isFirstVerticallyMerged() ? WordGrid.Merge.RESTART
                        : cell.isVerticallyMerged() ? WordGrid.Merge.CONTINUE : WordGrid.Merge.NONE;
                cells.add(new WordGrid.Cell(from, Math.max(1, to - from), merge, text));
            }
            grid.addRow(cells);
        }
        return grid.build(file, index, textBefore, pageBreak);
    }

    private static int snap(TreeSet<Integer> edges, int edge) {
        Integer below = edges.floor(edge);
        if (below != null && edge - below <= EDGE_TOLERANCE) {
            return below;
        }
        Integer above = edges.ceiling(edge);
        if (above != null && above - edge <= EDGE_TOLERANCE) {
            return above;
        }
        return edge;
    }

    /** The index of the boundary nearest an edge. */
    private static int column(List<Integer> boundaries, int edge) {
        int best = 0;
        for (int k = 1; k < boundaries.size(); k++) {
            if (Math.abs(boundaries.get(k) - edge) < Math.abs(boundaries.get(best) - edge)) {
                best = k;
            }
        }
        return best;
    }

    /**
     * A paragraph's or cell's text as shown: field codes replaced by their results, paragraph and
     * cell marks as line ends, Word's other control characters (pictures, notes, breaks) dropped.
     */
    static String clean(String raw) {
        String s = Range.stripFields(raw);
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '\r', '\u0007', '\u000b' -> b.append('\n');
                case '\t' -> b.append('\t');
                case '\u001e' -> b.append('-');
                case '\u001f' -> { }
                default -> {
                    if (c >= ' ') {
                        b.append(c);
                    }
                }
            }
        }
        return SourceText.tidy(b.toString());
    }
}
