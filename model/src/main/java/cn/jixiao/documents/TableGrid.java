package cn.jixiao.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each declared cell of a {@link Table} sits on the column grid, placed the way HTML places
 * table cells: left to right, skipping positions taken by a row span from above. Both writers
 * use it, so a layout that declares an impossible grid fails with the same message in both.
 */
final class TableGrid {
    /** A declared cell at its top-left grid position. */
    record Placed(Table.Cell cell, int row, int col) {
        int lastRow() {
            return row + cell.rowSpan() - 1;
        }

        int lastCol() {
            return col + cell.colSpan() - 1;
        }
    }

    private final int columns;
    private final Placed[][] grid;
    private final List<List<Placed>> byRow = new ArrayList<>();

    TableGrid(Table table) {
        this.columns = table.columns();
        List<Table.Row> rows = table.rows();
        int height = rows.size();
        for (int r = 0; r < rows.size(); r++) {
            for (Table.Cell c : rows.get(r).cells()) {
                height = Math.max(height, r + c.rowSpan());
            }
        }
        grid = new Placed[height][columns];
        for (int r = 0; r < rows.size(); r++) {
            List<Placed> placed = new ArrayList<>();
            int col = 0;
            for (Table.Cell c : rows.get(r).cells()) {
                while (col < columns && grid[r][col] != null) {
                    col++;
                }
                if (col + c.colSpan() > columns) {
                    throw new IllegalArgumentException("表格第" + (r + 1) + "行的单元格超出了" + columns
                            + "列：『" + c.text() + "』");
                }
                Placed p = new Placed(c, r, col);
                for (int rr = r; rr <= p.lastRow(); rr++) {
                    for (int cc = col; cc <= p.lastCol(); cc++) {
                        if (grid[rr][cc] != null) {
                            throw new IllegalArgumentException("表格第" + (r + 1) + "行的单元格『" + c.text()
                                    + "』与上方跨行的单元格『" + grid[rr][cc].cell().text() + "』重叠");
                        }
                        grid[rr][cc] = p;
                    }
                }
                placed.add(p);
                col += c.colSpan();
            }
            byRow.add(placed);
        }
        for (int r = rows.size(); r < height; r++) {
            byRow.add(List.of());
        }
    }

    int columns() {
        return columns;
    }

    /** Grid rows, including rows that exist only because a span reaches below the last declared row. */
    int rows() {
        return grid.length;
    }

    /** The cell covering a grid position, or null for a position no cell claims. */
    Placed at(int row, int col) {
        return grid[row][col];
    }

    /** The cells declared in a row, left to right. */
    List<Placed> declaredIn(int row) {
        return byRow.get(row);
    }
}
