package cn.jixiao.documents.layout;

import cn.jixiao.documents.Table.Cell;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The indicator part of a form as table rows: the 一级 cell spans its 二级, a 二级 spans its
 * 三级, an empty 二级 prints one row of blank cells. The caller puts its leading label cells
 * ('绩效指标') in front of the first row.
 */
final class IndicatorRows {
    private IndicatorRows() {
    }

    /** The framework the project's indicators hang under: the project's own, else the year's. */
    static Optional<Framework> framework(Unit unit, FiscalYear year, Project project) {
        String id = Text.first(project == null ? "" : project.frameworkId, year == null ? "" : year.frameworkId);
        if (id.isEmpty() || unit == null) {
            return Optional.empty();
        }
        return unit.framework(id);
    }

    /**
     * @param categoryLabel text of the 一级 cell for a category name
     * @param values        the cells after the 二级 for one 三级
     * @param valueColumns  how many blank cells an empty 二级 prints
     */
    static List<List<Cell>> rows(List<IndicatorTree.Block> blocks, Function<String, String> categoryLabel,
                                 Function<Indicator, List<Cell>> values, int valueColumns) {
        List<List<Cell>> out = new ArrayList<>();
        for (IndicatorTree.Block block : blocks) {
            boolean firstOfBlock = true;
            for (IndicatorTree.Group group : block.groups()) {
                List<Indicator> items = group.indicators().isEmpty() ? java.util.Collections.singletonList(null)
                        : group.indicators();
                boolean firstOfGroup = true;
                for (Indicator i : items) {
                    List<Cell> row = new ArrayList<>();
                    if (firstOfBlock) {
                        row.add(Cell.center(categoryLabel.apply(block.category())).rows(block.rows()));
                        firstOfBlock = false;
                    }
                    if (firstOfGroup) {
                        row.add(Cell.center(group.subcategory()).rows(group.rows()));
                        firstOfGroup = false;
                    }
                    if (i == null) {
                        for (int k = 0; k < valueColumns; k++) {
                            row.add(Cell.of(""));
                        }
                    } else {
                        row.addAll(values.apply(i));
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    /** The usual two value cells of a declaration: 三级 name and 指标值. */
    static List<Cell> nameAndTarget(Indicator i) {
        return List.of(Cell.of(Text.of(i.name)), Cell.center(Text.of(i.target)));
    }
}
