package cn.jixiao.documents.layout;

import cn.jixiao.documents.FieldText;
import cn.jixiao.documents.Table.Cell;
import cn.jixiao.domain.CategoryWeight;
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

    /**
     * Whose indicators the rows print: a project's, the 部门整体's ({@code project} null), or nobody's
     * (a form never read back, as the monitoring sheets). The 一级 and 二级 cells of a project's or the
     * 部门整体's rows are bound to every indicator they cover, so an exported form gives them back.
     */
    record Whose(boolean bound, Project project, List<CategoryWeight> weights) {
        static final Whose OVERALL = new Whose(true, null, List.of());
        static final Whose NOBODY = new Whose(false, null, List.of());

        static Whose project(Project p) {
            return new Whose(true, p, List.of());
        }

        /**
         * The same, for a form that prints each 一级's weight beside it ('产出指标（50分）', a
         * self-evaluation): the weight printed is bound to the weight of {@code printed} it shows.
         */
        Whose weighted(List<CategoryWeight> printed) {
            return new Whose(bound, project, printed == null ? List.of() : printed);
        }

        /** The 一级 cell's text: its name bound to the indicators under it, its weight (when printed) to the weight. */
        FieldText category(String label, String name, List<Indicator> under) {
            FieldText named = label(label, name, under, IndicatorFields.CATEGORY);
            int k = -1;
            for (int n = 0; bound && n < weights.size(); n++) {
                if (weights.get(n) != null && Text.of(weights.get(n).category).equals(name) && !name.isEmpty()) {
                    k = n;
                    break;
                }
            }
            if (k < 0) {
                return named;
            }
            FieldText weight = Bound.categoryWeight(project, k, weights.get(k), cn.jixiao.fields.LineFields.WEIGHT);
            int nameEnd = Math.max(0, label.indexOf(name)) + name.length();
            int at = weight.text().isEmpty() ? -1 : label.indexOf(weight.text(), nameEnd);
            if (at < 0) {
                return named;
            }
            // the name's binding ends before the weight starts: the head keeps it
            return FieldText.of(new FieldText(label.substring(0, at), named.bindings()), weight,
                    label.substring(at + weight.text().length()));
        }

        /**
         * The label printed for one 一级 or 二级 ({@code name}, the indicators' own value) with that value
         * bound to the indicators {@code under} it: the label may add to the name ('产出指标（50分）');
         * a label that does not show the name, or a cell over no indicator, stays unbound.
         */
        FieldText label(String label, String name, List<Indicator> under, cn.jixiao.fields.Field<Indicator> f) {
            int at = name.isEmpty() ? -1 : label.indexOf(name);
            if (!bound || under.isEmpty() || at < 0) {
                return FieldText.plain(label);
            }
            return FieldText.of(label.substring(0, at), Bound.indicators(project, under, f), label.substring(at + name.length()));
        }
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
    static List<List<Cell>> rows(Whose whose, List<IndicatorTree.Block> blocks, Function<String, String> categoryLabel,
                                 Function<Indicator, List<Cell>> values, int valueColumns) {
        List<Cell> blank = java.util.Collections.nCopies(valueColumns, Cell.of(""));
        return rows(whose, blocks, categoryLabel, values, (c, s) -> blank);
    }

    /**
     * As above, with the cells an empty 二级 prints given by {@code empty} (一级, 二级 names):
     * a 二级 the clerk marked 不适用 says so.
     */
    static List<List<Cell>> rows(Whose whose, List<IndicatorTree.Block> blocks, Function<String, String> categoryLabel,
                                 Function<Indicator, List<Cell>> values, BiFunction<String, String, List<Cell>> empty) {
        return rows(whose, blocks, categoryLabel, values, empty, List.of());
    }

    /**
     * As above; consecutive 一级 named in {@code merged} share one cell that lists their labels
     * (a form that merged 产出指标 and 效益指标 into one cell prints it so).
     */
    static List<List<Cell>> rows(Whose whose, List<IndicatorTree.Block> blocks, Function<String, String> categoryLabel,
                                 Function<Indicator, List<Cell>> values, BiFunction<String, String, List<Cell>> empty,
                                 List<String> merged) {
        List<List<Cell>> out = new ArrayList<>();
        List<String> joined = merged == null ? List.of() : merged;
        for (int b = 0; b < blocks.size(); b++) {
            IndicatorTree.Block block = blocks.get(b);
            boolean continuesMerge = b > 0 && joined.contains(block.category())
                    && joined.contains(blocks.get(b - 1).category());
            FieldText label = category(whose, block, categoryLabel);
            int span = block.rows();
            for (int n = b + 1; joined.contains(block.category()) && n < blocks.size()
                    && joined.contains(blocks.get(n).category()); n++) {
                label = FieldText.of(label, "\n", category(whose, blocks.get(n), categoryLabel));
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
                        row.add(Cell.center(whose.label(group.subcategory(), group.subcategory(), group.indicators(),
                                IndicatorFields.SUBCATEGORY)).rows(group.rows()));
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

    /** The 一级 cell's text for one block, bound to every indicator under it. */
    private static FieldText category(Whose whose, IndicatorTree.Block block, Function<String, String> categoryLabel) {
        List<Indicator> under = block.groups().stream().flatMap(g -> g.indicators().stream()).toList();
        return whose.category(categoryLabel.apply(block.category()), block.category(), under);
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
