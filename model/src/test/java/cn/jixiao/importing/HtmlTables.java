package cn.jixiao.importing;

import cn.jixiao.importing.source.SourceCell;
import cn.jixiao.importing.source.SourceDocument;
import cn.jixiao.importing.source.SourceTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus's HTML read straight into a document's tables (rowspan and colspan resolved into the
 * grid, as the file readers resolve Word's and Excel's merges), so the recogniser is tested on
 * the layouts themselves as well as on their Word and Excel conversions. Reads only the plain
 * HTML the corpus is written in: p/h1–h3 paragraphs, tables of tr and td/th, br inside cells.
 */
final class HtmlTables {
    private static final Pattern TOKEN = Pattern.compile("(?is)<table[^>]*>(.*?)</table>|<(p|h[1-6]|div)([^>]*)>(.*?)</\\2>|<br[^>]*page-break[^>]*>");
    private static final Pattern ROW = Pattern.compile("(?is)<tr[^>]*>(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("(?is)<t([dh])([^>]*)>(.*?)</t\\1>");
    private static final Pattern SPAN = Pattern.compile("(?i)(rowspan|colspan)\\s*=\\s*\"?(\\d+)");

    private HtmlTables() {
    }

    static SourceDocument read(Path file) throws IOException {
        return parse(file, Files.readString(file, StandardCharsets.UTF_8));
    }

    static SourceDocument parse(Path file, String html) {
        List<SourceTable> tables = new ArrayList<>();
        List<String> before = new ArrayList<>();
        boolean pageBreak = false;
        Matcher m = TOKEN.matcher(html);
        while (m.find()) {
            if (m.group(1) != null) {
                tables.add(table(tables.size(), before, pageBreak && !tables.isEmpty(), m.group(1)));
                before = new ArrayList<>();
                pageBreak = false;
            } else if (m.group(2) != null) {
                if (m.group(3).contains("page-break")) {
                    pageBreak = true;
                }
                String t = text(m.group(4));
                if (!t.isBlank()) {
                    before.add(t.strip());
                }
            } else {
                pageBreak = true;
            }
        }
        return new SourceDocument(file, SourceDocument.Format.DOCX, tables, before, Map.of());
    }

    private static SourceTable table(int index, List<String> before, boolean pageBreak, String body) {
        List<List<SourceCell>> grid = new ArrayList<>();
        Matcher rows = ROW.matcher(body);
        int r = 0;
        int width = 0;
        while (rows.find()) {
            while (grid.size() <= r) {
                grid.add(new ArrayList<>());
            }
            Matcher cells = CELL.matcher(rows.group(1));
            int c = 0;
            while (cells.find()) {
                List<SourceCell> row = grid.get(r);
                while (c < row.size() && row.get(c) != null) {
                    c++;
                }
                int rowSpan = 1;
                int colSpan = 1;
                Matcher s = SPAN.matcher(cells.group(2));
                while (s.find()) {
                    if (s.group(1).equalsIgnoreCase("rowspan")) {
                        rowSpan = Integer.parseInt(s.group(2));
                    } else {
                        colSpan = Integer.parseInt(s.group(2));
                    }
                }
                SourceCell cell = new SourceCell(r, c, rowSpan, colSpan, text(cells.group(3)),
                        "第" + (index + 1) + "个表格 第" + (r + 1) + "行第" + (c + 1) + "列");
                for (int dr = 0; dr < rowSpan; dr++) {
                    while (grid.size() <= r + dr) {
                        grid.add(new ArrayList<>());
                    }
                    List<SourceCell> target = grid.get(r + dr);
                    for (int dc = 0; dc < colSpan; dc++) {
                        while (target.size() <= c + dc) {
                            target.add(null);
                        }
                        target.set(c + dc, cell);
                    }
                }
                c += colSpan;
                width = Math.max(width, c);
            }
            r++;
        }
        for (List<SourceCell> row : grid) {
            while (row.size() < width) {
                row.add(null);
            }
        }
        return new SourceTable(index, "第" + (index + 1) + "个表格", "", before, pageBreak, grid);
    }

    private static String text(String html) {
        String s = html.replaceAll("(?i)<br[^>]*>", "\n").replaceAll("(?i)</p>\\s*<p[^>]*>", "\n").replaceAll("<[^>]+>", "");
        s = s.replace("&nbsp;", "\u00a0").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(line.replaceAll("^[ \\t\\r]+|[ \\t\\r]+$", ""));
        }
        return b.toString().strip();
    }
}
