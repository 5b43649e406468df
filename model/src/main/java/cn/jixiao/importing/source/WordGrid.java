package cn.jixiao.importing.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * 表格网格: a Word table (.docx or .doc) as its rows of cells were read, turned into the grid of a
 * {@link SourceTable}: a cell spanning grid columns covers each of them, a vertically merged cell
 * (restart, then continue) becomes one cell with its row span covering every row it merges, and a
 * row with fewer cells than the grid is padded with nothing. Both Word readers fill it, so the
 * merge rules are written once.
 */
final class WordGrid {
    /** How a cell takes part in a vertical merge. */
    enum Merge { NONE, RESTART, CONTINUE }

    /** One cell as read: where it starts in the grid, how many grid columns it spans, its text. */
    record Cell(int column, int span, Merge merge, String text) {
    }

    private final List<List<Cell>> rows = new ArrayList<>();
    private int declaredColumns;

    /** The table's own count of grid columns (w:tblGrid), when it states one. */
    void declaredColumns(int n) {
        declaredColumns = Math.max(declaredColumns, n);
    }

    void addRow(List<Cell> cells) {
        rows.add(List.copyOf(cells));
    }

    int rows() {
        return rows.size();
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table, its cells placed "第n个表格 第r行第c列" (1-based, as the clerk counts). */
    SourceTable build(Path file, int index, List<String> textBefore, boolean pageBreakBefore) throws ImportRefusal {
        int columns = declaredColumns;
        for (List<Cell> r : rows) {
            for (Cell c : r) {
                columns = Math.max(columns, c.column() + c.span());
            }
        }
        // the origin of each position: [row, column] of the cell that covers it, or null
        int[][][] origin = new int[rows.size()][columns][];
        List<List<Cell>> placed = rows;
        int[][] rowSpan = new int[rows.size()][columns];
        StringBuilder[][] extra = new StringBuilder[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            for (Cell c : placed.get(r)) {
                int[] from = {r, c.column()};
                if (c.merge() == Merge.CONTINUE && r > 0 && origin[r - 1][c.column()] != null) {
                    from = origin[r - 1][c.column()];
                    rowSpan[from[0]][from[1]] = r - from[0] + 1;
                    if (!blank(c.text())) {
                        // Word keeps the text of a merged-away cell; shown with the merged cell rather than lost
                        StringBuilder b = extra[from[0]][from[1]];
                        extra[from[0]][from[1]] = (b == null ? new StringBuilder() : b.append('\n')).append(c.text());
                    }
                } else {
                    rowSpan[r][c.column()] = 1;
                }
                for (int k = c.column(); k < c.column() + c.span() && k < columns; k++) {
                    origin[r][k] = from;
                }
            }
        }
        // the cells themselves, one record per origin
        SourceCell[][] cells = new SourceCell[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            for (Cell c : placed.get(r)) {
                int[] o = origin[r][c.column()];
                if (o[0] != r || o[1] != c.column()) {
                    continue;
                }
                String text = c.text();
                if (extra[r][c.column()] != null) {
                    text = blank(text) ? extra[r][c.column()].toString() : text + "\n" + extra[r][c.column()];
                }
                String place = "第" + (index + 1) + "个表格 第" + (r + 1) + "行第" + (c.column() + 1) + "列";
                text = SourceText.tidy(text);
                SourceText.checkLength(file, text, place);
                int span = Math.min(c.span(), columns - c.column());
                cells[r][c.column()] = new SourceCell(r, c.column(), Math.max(1, rowSpan[r][c.column()]), span, text, place);
            }
        }
        List<List<SourceCell>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<SourceCell> row = new ArrayList<>(columns);
            for (int k = 0; k < columns; k++) {
                int[] o = origin[r][k];
                row.add(o == null ? null : cells[o[0]][o[1]]);
            }
            grid.add(row);
        }
        return new SourceTable(index, "第" + (index + 1) + "个表格", "", textBefore, pageBreakBefore, grid);
    }

    private static boolean blank(String s) {
        return s.replace('\u3000', ' ').isBlank();
    }
}
