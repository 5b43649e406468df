package cn.jixiao.importing.source;

import java.util.List;
import java.util.Optional;

/**
 * 来源表格: one table of a document being imported: a Word table, or a block of an Excel sheet.
 * A rectangular grid; every position holds the cell covering it (a merged cell covers several) or
 * nothing. The lines of text just before the table (a form's title such as "2023年度项目支出绩效目标
 * 申报表", "填报单位：…", "单位：万元") travel with it because a form's year and money unit are often
 * only there.
 *
 * @param index      0-based position of the table in its document (Word) or of the block in the
 *                   workbook (Excel, sheet by sheet)
 * @param place      where the clerk finds it, in Chinese ("第2个表格", "工作表“申报表”")
 * @param sheet      the Excel sheet's name; empty for Word
 * @param textBefore the non-blank paragraphs (Word) or the rows outside the block above it (Excel)
 *                   since the previous table, in order
 * @param pageBreakBefore true when a page break (or a new sheet) separates this table from the
 *                   previous one: a form continued on the next page comes as two tables
 * @param grid       rows × columns; grid.get(r).get(c) is the cell covering (r, c) or null
 */
public record SourceTable(int index, String place, String sheet, List<String> textBefore, boolean pageBreakBefore,
                          List<List<SourceCell>> grid) {
    public SourceTable {
        textBefore = List.copyOf(textBefore);
        grid = grid.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }

    public int rows() {
        return grid.size();
    }

    public int columns() {
        return grid.isEmpty() ? 0 : grid.get(0).size();
    }

    /** The cell covering (row, column); empty outside the grid or where no cell is. */
    public Optional<SourceCell> at(int row, int column) {
        if (row < 0 || row >= grid.size() || column < 0 || column >= grid.get(row).size()) {
            return Optional.empty();
        }
        return Optional.ofNullable(grid.get(row).get(column));
    }

    /** The distinct cells of a row, left to right (a merged cell once). */
    public List<SourceCell> cellsOf(int row) {
        return grid.get(row).stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
