package cn.jixiao.importing.source;

/**
 * 来源单元格: one cell of a table in a document being imported, as the clerk's file shows it. A
 * merged cell appears once, at its top-left position, with its spans; the positions it covers hold
 * the same cell (see {@link SourceTable#at}), so a reader of the grid sees a vertically merged 一级
 * on every row it spans.
 *
 * @param row        0-based row in its table
 * @param column     0-based column in its table's grid (Word's gridSpan and Excel's merged regions
 *                   already resolved into grid columns)
 * @param rowSpan    rows the cell covers (1 when not merged)
 * @param columnSpan grid columns the cell covers (1 when not merged)
 * @param text       the cell's text as shown: paragraphs joined by '\n', no trailing white space;
 *                   full-width spaces kept (the recogniser folds them)
 * @param place      where the clerk finds the cell, in Chinese: "第2个表格 第3行第4列" for Word,
 *                   "Sheet1!C4" style ("工作表“申报表” C4") for Excel
 */
public record SourceCell(int row, int column, int rowSpan, int columnSpan, String text, String place) {
    public SourceCell {
        text = text == null ? "" : text;
        place = place == null ? "" : place;
        if (rowSpan < 1 || columnSpan < 1) {
            throw new IllegalArgumentException("span < 1");
        }
    }

    /** True when the cell shows nothing but white space (full-width included). */
    public boolean isBlank() {
        return text.replace('\u3000', ' ').isBlank();
    }
}
