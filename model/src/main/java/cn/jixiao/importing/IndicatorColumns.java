package cn.jixiao.importing;

import cn.jixiao.importing.source.SourceCell;
import cn.jixiao.importing.source.SourceTable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 指标表表头: where an indicator table's header is and which grid column holds what (一级, 二级, 三级,
 * 指标值 and the extras other counties add). Headers are recognised by scoring every row's cells
 * against the column roles rather than by exact wording, so '年度\n指标值', '指标值（包含数字及文字描述）'
 * and '三级指标名称' all count; of parallel 长期 and 年度 column groups the 年度 one is taken.
 *
 * @param headerRows the header's rows in its table (one or two)
 * @param columns    the grid column of each role found
 * @param headerCells the cells of the header, placed
 * @param spans      the grid columns (first, last) of the header's lowest row's cells, left to right
 * @param source     the table the header is in
 */
record IndicatorColumns(int firstRow, int headerRows, Map<Role, Integer> columns, Set<SourceCell> headerCells,
                        List<int[]> spans, SourceTable source) {

    /** What an indicator table's column holds. */
    enum Role {
        // 绩效标准 after 指标解释: it fills 指标值内容 only where no 指标解释 column does
        CATEGORY, SUBCATEGORY, NAME, TARGET, CONTENT, SCORING_RULE, UNIT, COMPARATOR, REMARK,
        WEIGHT, ACTUAL, SCORE, DEVIATION, STANDARD,
        /** A list of projects' indicators: the project's 项目名称, 资金总额 and 绩效目标 on its rows. */
        PROJECT, AMOUNT, GOAL
    }

    Optional<Integer> column(Role role) {
        return Optional.ofNullable(columns.get(role));
    }

    boolean has(Role role) {
        return columns.containsKey(role);
    }

    /**
     * The cell of a body row in a role's column. Where the row has as many cells as the header but
     * its cells start at other grid columns (a Word table continued after a page break whose column
     * edges moved a little), the cells are matched to the header's in order instead.
     */
    Optional<SourceCell> cell(SourceTable table, int row, Role role) {
        Integer col = columns.get(role);
        if (col == null) {
            return Optional.empty();
        }
        int shift = shift(table);
        if (shift > 0) {
            return table.at(row, col - shift);
        }
        List<SourceCell> cells = table.cellsOf(row);
        if (cells.size() == spans.size() && !alignedWith(cells)) {
            for (int k = 0; k < spans.size(); k++) {
                if (spans.get(k)[0] <= col && col <= spans.get(k)[1]) {
                    return Optional.of(cells.get(k));
                }
            }
        }
        return table.at(row, col);
    }

    /** True when a row's cells start where the header's do. */
    boolean alignedWith(List<SourceCell> cells) {
        for (int k = 0; k < cells.size() && k < spans.size(); k++) {
            if (cells.get(k).column() != spans.get(k)[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many grid columns a table continuing the indicator table lacks on its left: a page's
     * table without the header's leading structure column ('绩效指标' merged down the first page),
     * as a converted or retyped document has it. 0 for the header's own table or a table as wide.
     */
    int shift(SourceTable table) {
        if (source == null || table == source) {
            return 0;
        }
        int first = columns.values().stream().min(Integer::compare).orElse(0);
        int lead = first - spans.get(0)[0];
        return lead > 0 && spans.get(0)[1] < first && table.columns() == source.columns() - lead ? lead : 0;
    }

    /** True when a table continuing the indicator table can be read with these columns. */
    boolean fits(SourceTable table, int tableColumnsOfHeader) {
        if (table.columns() == tableColumnsOfHeader || shift(table) > 0) {
            return true;
        }
        for (int r = 0; r < table.rows(); r++) {
            List<SourceCell> cells = table.cellsOf(r);
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                return cells.size() == spans.size();
            }
        }
        return false;
    }

    /** The role a header text names, if any. */
    static Optional<Role> roleOf(String header) {
        String t = FormLabels.fold(header);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.contains("一级")) {
            return Optional.of(Role.CATEGORY);
        }
        if (t.contains("二级")) {
            return Optional.of(Role.SUBCATEGORY);
        }
        if (t.contains("三级") && (t.contains("解释") || t.contains("说明"))) {
            // '三级指标解释': what the 三级 means, not its name
            return Optional.of(Role.CONTENT);
        }
        if (t.contains("三级")) {
            return Optional.of(Role.NAME);
        }
        if (t.contains("偏差") || t.contains("原因") || t.contains("改进措施")) {
            return Optional.of(Role.DEVIATION);
        }
        if ((t.contains("评") || t.contains("扣")) && (t.contains("标准") || t.contains("规则") || t.contains("办法"))) {
            return Optional.of(Role.SCORING_RULE);
        }
        if (t.contains("实际") || t.contains("完成值") || t.contains("完成情况")) {
            return Optional.of(Role.ACTUAL);
        }
        if (t.contains("得分") || t.contains("自评分") || t.equals("评分")) {
            return Optional.of(Role.SCORE);
        }
        if (t.contains("分值") || t.contains("权重")) {
            return Optional.of(Role.WEIGHT);
        }
        if (t.contains("类型") || t.contains("性质") || t.contains("方向") || t.contains("符号") || t.contains("运算")) {
            return Optional.of(Role.COMPARATOR);
        }
        if (t.contains("值及") || t.contains("值和单位") || t.contains("值(含单位)")) {
            // 指标值及单位: the target written with its unit
            return Optional.of(Role.TARGET);
        }
        if (t.contains("度量单位") || t.contains("计量单位") || t.endsWith("单位")) {
            return Optional.of(Role.UNIT);
        }
        if (t.contains("指标值内容") || t.contains("解释") || t.contains("说明") || t.contains("指标内容")
                || t.contains("定义") || t.contains("计算方法")) {
            return Optional.of(Role.CONTENT);
        }
        if (t.contains("指标值") || t.contains("目标值") || t.contains("标准值") || t.contains("预期值") || t.contains("计划值")) {
            return Optional.of(Role.TARGET);
        }
        if (t.contains("绩效标准") || t.contains("指标标准")) {
            return Optional.of(Role.STANDARD);
        }
        if (t.contains("备注")) {
            return Optional.of(Role.REMARK);
        }
        if (t.equals("指标名称") || t.equals("具体指标") || t.equals("绩效指标名称") || t.equals("指标")) {
            return Optional.of(Role.NAME);
        }
        Optional<FormLabels.Label> label = FormLabels.label(header);
        if (label.isPresent() && label.get().kind() == FormLabels.Kind.FIELD) {
            var f = label.get().field();
            if (f == cn.jixiao.fields.ProjectFields.NAME) {
                return Optional.of(Role.PROJECT);
            }
            if (f == cn.jixiao.fields.ProjectFields.STATED_TOTAL) {
                return Optional.of(Role.AMOUNT);
            }
            if (f == cn.jixiao.fields.ProjectFields.ANNUAL_GOAL || f == cn.jixiao.fields.ProjectFields.LONG_TERM_GOAL) {
                return Optional.of(Role.GOAL);
            }
        }
        return Optional.empty();
    }

    /** Words that only name a column group of the header's upper row ('年度', '长期目标'). */
    private static boolean groupWord(String header) {
        String t = FormLabels.fold(header);
        return t.matches("(本|当)?年度.{0,6}|(中)?长期.{0,6}|中期.{0,6}|实施期.{0,6}|绩效指标|指标|自评|评价|目标");
    }

    /**
     * The indicator header starting at {@code row}, if that row (alone, or with the row below when
     * that row only names sub-columns) names at least 三级 and 指标值 (or 实际完成值), or 一级, 二级
     * and 三级.
     */
    static Optional<IndicatorColumns> at(SourceTable table, int row) {
        List<SourceCell> own = ownCells(table, row);
        // a header row holds header words: at most one other cell (a block's label starting beside it)
        long roles = own.stream().filter(c -> roleOf(c.text()).isPresent()).count();
        long others = own.stream().filter(c -> roleOf(c.text()).isEmpty() && !groupWord(c.text())).count();
        if (roles < 2 || others > Math.max(1, roles - 2)) {
            return Optional.empty();
        }
        // a second header row holds only header words and starts cells of its own
        boolean two = false;
        if (row + 1 < table.rows()) {
            List<SourceCell> next = ownCells(table, row + 1);
            two = !next.isEmpty() && next.stream().allMatch(c -> roleOf(c.text()).isPresent() || groupWord(c.text()));
        }
        Optional<IndicatorColumns> one = build(table, row, 1);
        if (two) {
            Optional<IndicatorColumns> both = build(table, row, 2);
            if (both.isPresent()) {
                return both;
            }
        }
        return one;
    }

    private static List<SourceCell> ownCells(SourceTable table, int row) {
        return table.cellsOf(row).stream().filter(c -> c.row() == row && !c.isBlank()).toList();
    }

    private static Optional<IndicatorColumns> build(SourceTable table, int row, int rows) {
        Map<Role, List<int[]>> candidates = new EnumMap<>(Role.class);
        Set<SourceCell> cells = new LinkedHashSet<>();
        for (int c = 0; c < table.columns(); c++) {
            StringBuilder text = new StringBuilder();
            SourceCell last = null;
            for (int r = row; r < row + rows; r++) {
                SourceCell cell = table.at(r, c).orElse(null);
                if (cell != null && cell != last && !cell.equals(last)) {
                    text.append(cell.text()).append(' ');
                    if (!cell.isBlank()) {
                        cells.add(cell);
                    }
                }
                last = cell;
            }
            // the lowest header cell names the column; the upper one only its group (长期 / 年度)
            SourceCell lowest = table.at(row + rows - 1, c).orElse(null);
            Optional<Role> role = lowest == null ? Optional.empty() : roleOf(lowest.text());
            if (role.isEmpty()) {
                role = roleOf(text.toString());
            }
            if (role.isPresent()) {
                candidates.computeIfAbsent(role.get(), k -> new ArrayList<>()).add(new int[]{c, preference(text.toString())});
            }
        }
        // parallel column groups (三级 and 指标值 twice): where no header word tells 长期 from 年度,
        // the later group is the year's, as the 中央部门 form and every county copy of it print them
        boolean parallel = distinctCells(table, row + rows - 1, candidates.getOrDefault(Role.NAME, List.of())) > 1
                && distinctCells(table, row + rows - 1, candidates.getOrDefault(Role.TARGET, List.of())) > 1;
        Map<Role, Integer> columns = new EnumMap<>(Role.class);
        for (Map.Entry<Role, List<int[]>> e : candidates.entrySet()) {
            int best = -1;
            int bestScore = Integer.MIN_VALUE;
            int lastSeenCell = -1;
            for (int[] cand : e.getValue()) {
                // a merged header cell over several grid columns names one column: its first
                SourceCell cell = table.at(row + rows - 1, cand[0]).orElse(null);
                int cellStart = cell == null ? cand[0] : cell.column();
                if (cellStart == lastSeenCell) {
                    continue;
                }
                lastSeenCell = cellStart;
                if (cand[1] > bestScore || parallel && cand[1] == bestScore) {
                    best = cand[0];
                    bestScore = cand[1];
                }
            }
            columns.put(e.getKey(), best);
        }
        if (!columns.containsKey(Role.NAME) && columns.containsKey(Role.CONTENT) && columns.containsKey(Role.CATEGORY)) {
            // '一级指标 | 二级指标 | 指标内容 | 指标值': the indicator is named in its 指标内容 column
            columns.put(Role.NAME, columns.remove(Role.CONTENT));
        }
        boolean enough = columns.containsKey(Role.NAME) && (columns.containsKey(Role.TARGET)
                || columns.containsKey(Role.STANDARD) || columns.containsKey(Role.ACTUAL))
                || columns.containsKey(Role.CATEGORY) && columns.containsKey(Role.SUBCATEGORY) && columns.containsKey(Role.NAME);
        if (!enough) {
            return Optional.empty();
        }
        if (!columns.containsKey(Role.TARGET) && columns.containsKey(Role.STANDARD)) {
            // 绩效标准 is the target where no 指标值 column is
            columns.put(Role.TARGET, columns.remove(Role.STANDARD));
        }
        List<int[]> spans = table.cellsOf(row + rows - 1).stream()
                .map(c -> new int[]{c.column(), c.column() + c.columnSpan() - 1}).toList();
        return Optional.of(new IndicatorColumns(row, rows, columns, cells, spans, table));
    }

    /** How many header cells (of the header's lowest row) the candidate columns lie in. */
    private static long distinctCells(SourceTable table, int row, List<int[]> candidates) {
        return candidates.stream().map(c -> table.at(row, c[0]).map(SourceCell::column).orElse(c[0])).distinct().count();
    }

    /** 年度 over 长期: a column of the year's group scores higher than one of the long-term group. */
    private static int preference(String header) {
        String t = FormLabels.fold(header);
        boolean longTerm = t.contains("长期") || t.contains("中期") || t.contains("实施期") || t.contains("上年");
        boolean annual = t.contains("年度") || t.contains("本年") || t.contains("当年");
        return longTerm ? (annual && !t.contains("长期") && !t.contains("实施期") ? 0 : -2) : annual ? 2 : 1;
    }
}
