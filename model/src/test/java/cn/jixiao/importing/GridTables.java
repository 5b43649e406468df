package cn.jixiao.importing;

import cn.jixiao.importing.source.SourceCell;
import cn.jixiao.importing.source.SourceDocument;
import cn.jixiao.importing.source.SourceTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tables for the recogniser's tests written as rows of text: cells separated by '|', "^" for a
 * position the cell above covers (a vertical merge), "<" for one the cell left of it covers.
 */
final class GridTables {
    private GridTables() {
    }

    static SourceTable table(int index, List<String> before, boolean pageBreak, String... rows) {
        List<String[]> tokens = new ArrayList<>();
        int width = 0;
        for (String r : rows) {
            String[] t = r.split("\\|", -1);
            tokens.add(t);
            width = Math.max(width, t.length);
        }
        List<List<SourceCell>> grid = new ArrayList<>();
        for (int r = 0; r < tokens.size(); r++) {
            List<SourceCell> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                row.add(null);
            }
            grid.add(row);
        }
        for (int r = 0; r < tokens.size(); r++) {
            String[] t = tokens.get(r);
            for (int c = 0; c < t.length; c++) {
                if (t[c].equals("^") || t[c].equals("<")) {
                    continue;
                }
                int colSpan = 1;
                while (c + colSpan < t.length && t[c + colSpan].equals("<")) {
                    colSpan++;
                }
                int rowSpan = 1;
                while (r + rowSpan < tokens.size() && c < tokens.get(r + rowSpan).length
                        && tokens.get(r + rowSpan)[c].equals("^")) {
                    rowSpan++;
                }
                SourceCell cell = new SourceCell(r, c, rowSpan, colSpan, t[c].replace("\\n", "\n"),
                        "第" + (index + 1) + "个表格 第" + (r + 1) + "行第" + (c + 1) + "列");
                for (int dr = 0; dr < rowSpan; dr++) {
                    for (int dc = 0; dc < colSpan; dc++) {
                        grid.get(r + dr).set(c + dc, cell);
                    }
                }
            }
        }
        return new SourceTable(index, "第" + (index + 1) + "个表格", "", before, pageBreak, grid);
    }

    /** A table alone on a sheet of that name. */
    static SourceTable sheet(String name, String... rows) {
        SourceTable t = table(0, List.of(), false, rows);
        return new SourceTable(0, "工作表“" + name + "”", name, List.of(), false, t.grid());
    }

    static SourceTable table(String... rows) {
        return table(0, List.of(), false, rows);
    }

    static SourceDocument document(SourceTable... tables) {
        return new SourceDocument(Path.of("测试.docx"), SourceDocument.Format.DOCX, List.of(tables), List.of(), Map.of());
    }
}
