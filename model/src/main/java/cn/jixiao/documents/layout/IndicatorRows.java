package cn.jixiao.documents.layout;

import cn.jixiao.documents.Table.Cell;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.IndicatorFields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The indicator part of a form as table rows: the 一级 cell spans its 二级, a 二级 spans its
 * 三级, an empty 二级 prints one row of blank cells. The caller puts its leading label cells
 * ('绩效指标') in front of the first row.
 */
final class IndicatorRows {
    private IndicatorRows() {
    }

    /** The framework the project's indicators hang under ({@link Unit#frameworkOf}); none without a unit. */
    static Optional<Framework> framework(Unit unit, FiscalYear year, Project project) {
        return unit == null ? Optional.empty() : unit.frameworkOf(year, project);
    }

    /**
     * @param categoryLabel text of the 一级 cell for a category name
     * @param values        the cells after the 二级 for one 三级
     * @param valueColumns  how many blank cells an empty 二级 prints
     */
    static List<List<Cell>> rows(List<IndicatorTree.Block> blocks, Function<String, String> categoryLabel,
                                 Function<Indicator, List<Cell>> values, int valueColumns) {
        List<Cell> blank = java.util.Collections.nCopies(valueColumns, Cell.of(""));
        return rows(blocks, categoryLabel, values, (c, s) -> blank);
    }

    /**
     * As above, with the cells an empty 二级 prints given by {@code empty} (一级, 二级 names):
     * a 二级 the clerk marked 不适用 says so.
     */
    static List<List<Cell>> rows(List<IndicatorTree.Block> blocks, Function<String, String> categoryLabel,
                                 Function<Indicator, List<Cell>> values, BiFunction<String, String, List<Cell>> empty) {
        return rows(blocks, categoryLabel, values, empty, List.of());
    }

    /**
     * As above; consecutive 一级 named in {@code merged} share one cell that lists their labels
     * (a form that merged 产出指标 and 效益指标 into one cell prints it so).
     */
    static List<List<Cell>> rows(List<IndicatorTree.Block> blocks, Function<String, String> categoryLabel,
                                 Function<Indicator, List<Cell>> values, BiFunction<String, String, List<Cell>> empty,
                                 List<String> merged) {
        List<List<Cell>> out = new ArrayList<>();
        List<String> joined = merged == null ? List.of() : merged;
        for (int b = 0; b < blocks.size(); b++) {
            IndicatorTree.Block block = blocks.get(b);
            boolean continuesMerge = b > 0 && joined.contains(block.category())
                    && joined.contains(blocks.get(b - 1).category());
            String label = categoryLabel.apply(block.category());
            int span = block.rows();
            for (int n = b + 1; joined.contains(block.category()) && n < blocks.size()
                    && joined.contains(blocks.get(n).category()); n++) {
                label = label + "\n" + categoryLabel.apply(blocks.get(n).category());
                span += blocks.get(n).rows();
            }
            boolean firstOfBlock = !continuesMerge;
            for (IndicatorTree.Group group : block.groups()) {
                List<Indicator> items = group.indicators().isEmpty() ? java.util.Collections.singletonList(null)
                        : group.indicators();
                boolean firstOfGroup = true;
                for (Indicator i : items) {
                    List<Cell> row = new ArrayList<>();
                    if (firstOfBlock) {
                        row.add(Cell.center(label).rows(span));
                        firstOfBlock = false;
                    }
                    if (firstOfGroup) {
                        row.add(Cell.center(group.subcategory()).rows(group.rows()));
                        firstOfGroup = false;
                    }
                    if (i == null) {
                        row.addAll(empty.apply(block.category(), group.subcategory()));
                    } else {
                        row.addAll(values.apply(i));
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    /** True when the clerk marked the 二级 不适用 on this project ("一级/二级"). */
    static boolean notApplicable(Project p, String category, String subcategory) {
        return p.notApplicable != null && p.notApplicable.contains(category + "/" + subcategory);
    }

    /** The usual two value cells of a declaration: 三级 name and 指标值, of project {@code p} (null: the 部门整体). */
    static Function<Indicator, List<Cell>> nameAndTarget(Project p) {
        return i -> List.of(Cell.of(Bound.indicator(p, i, IndicatorFields.NAME)),
                Cell.center(Bound.indicator(p, i, IndicatorFields.TARGET)));
    }
}
