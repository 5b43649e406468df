package cn.jixiao.unitlevel;

import cn.jixiao.domain.BasicDataColumn;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataRowKind;
import cn.jixiao.domain.BasicDataTable;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Percent;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the 基础数据表 editor shows beside each figure: where it comes from and whether it agrees.
 * The subtotals themselves are the table's rule ({@link BasicDataTable#computed}), the same that review reads.
 */
public final class BasicDataSums {
    /** Where a cell's figure comes from. */
    public enum Source {
        /** A subtotal the program adds up. */
        COMPUTED,
        /** A project row whose figure is its project's. */
        PROJECT,
        /** Typed by the clerk (or brought in from a form); the program cannot know it. */
        TYPED,
        EMPTY
    }

    private final Unit unit;
    private final FiscalYear year;
    private final BasicDataTable table;

    public BasicDataSums(Unit unit, FiscalYear year) {
        this.unit = unit;
        this.year = year;
        this.table = year.basicData;
    }

    /** The subtotal computed from its part rows; empty for a non-subtotal or when no part has a figure. */
    public Optional<BigDecimal> computed(BasicDataRow row, BasicDataColumn column) {
        int index = table.rows.indexOf(row);
        return index < 0 ? Optional.empty() : table.computed(index, column);
    }

    /** The figure to use: the stated one, else the computed one. */
    public Optional<BigDecimal> value(BasicDataRow row, BasicDataColumn column) {
        int index = table.rows.indexOf(row);
        return index < 0 ? Figures.read(column.get(row)) : table.figure(index, column);
    }

    public Source source(BasicDataRow row, BasicDataColumn column) {
        boolean empty = column.get(row).isEmpty();
        if (empty) {
            return computed(row, column).isPresent() ? Source.COMPUTED : Source.EMPTY;
        }
        if (row.kind().isSubtotal() && computed(row, column).isPresent()) {
            return Source.COMPUTED;
        }
        if (row.is(BasicDataRowKind.PROJECT) && !row.projectLineage.isEmpty()) {
            Optional<BigDecimal> fromProject = projectFigure(row.projectLineage, column);
            Optional<BigDecimal> typed = Figures.read(column.get(row));
            if (fromProject.isPresent() && typed.isPresent() && Figures.same(fromProject.get(), typed.get())
                    && rowsOf(row.projectLineage).size() == 1) {
                return Source.PROJECT;
            }
        }
        return Source.TYPED;
    }

    /** A subtotal whose stated figure differs from the sum of its parts. */
    public Optional<Check> check(BasicDataRow row, BasicDataColumn column) {
        int index = table.rows.indexOf(row);
        return index < 0 ? Optional.empty() : table.mismatch(index, column)
                .map(m -> new Check(row.label.strip() + " " + column.title, Optional.of(m.stated()), Optional.of(m.sum())));
    }

    /**
     * A project's figure for a column: 本年预算数 its budget, 本年决算数 its 全年执行数, 上年决算数 the
     * 全年执行数 of last year's project of the same lineage.
     */
    public Optional<BigDecimal> projectFigure(String lineage, BasicDataColumn column) {
        Optional<Project> p = project(year, lineage);
        return switch (column) {
            case THIS_YEAR_BUDGET -> p.flatMap(OverallFigures::projectBudget);
            case THIS_YEAR_FINAL -> p.flatMap(BasicDataSums::executed);
            case LAST_YEAR_FINAL -> unit.year(year.year - 1).flatMap(y -> project(y, lineage)).flatMap(BasicDataSums::executed);
        };
    }

    private static Optional<BigDecimal> executed(Project p) {
        return p.selfEvaluation == null ? Optional.empty() : Figures.read(p.selfEvaluation.funds.executed);
    }

    /** Where the rows of one project (several when the clerk split it) do not add up to the project's figure. */
    public List<Check> projectChecks() {
        Map<String, List<BasicDataRow>> byLineage = new LinkedHashMap<>();
        for (BasicDataRow r : table.rows) {
            if (r.is(BasicDataRowKind.PROJECT) && !r.projectLineage.isEmpty()) {
                byLineage.computeIfAbsent(r.projectLineage, k -> new ArrayList<>()).add(r);
            }
        }
        List<Check> checks = new ArrayList<>();
        byLineage.forEach((lineage, rows) -> {
            Optional<Project> p = project(year, lineage);
            if (p.isEmpty()) {
                return;
            }
            for (BasicDataColumn c : BasicDataColumn.values()) {
                List<Optional<BigDecimal>> values = new ArrayList<>();
                rows.forEach(r -> values.add(Figures.read(c.get(r))));
                Check check = new Check(p.get().name + " " + c.title + "（本表与项目）", Figures.sum(values), projectFigure(lineage, c));
                if (check.disagrees()) {
                    checks.add(check);
                }
            }
        });
        return checks;
    }

    /** Every disagreement of the table: subtotals, project rows, and the stated 控制率. */
    public List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        for (BasicDataRow r : table.rows) {
            for (BasicDataColumn c : BasicDataColumn.values()) {
                check(r, c).ifPresent(checks::add);
            }
        }
        checks.addAll(projectChecks());
        // the stated 控制率 agrees as review judges it (Percent#agrees): '95%' for 95.04% does
        Optional<BigDecimal> stated = Figures.read(cn.jixiao.domain.Amount.of(table.statedControlRate.replace("%", "")));
        Optional<BigDecimal> computed = table.controlRate(unit);
        if (stated.isPresent() && computed.isPresent() && !Percent.agrees(stated.get(), computed.get())) {
            checks.add(new Check("控制率（%）", stated, computed.map(Percent::points)));
        }
        return checks;
    }

    List<BasicDataRow> rowsOf(String lineage) {
        return table.rows.stream().filter(r -> r.is(BasicDataRowKind.PROJECT) && lineage.equals(r.projectLineage)).toList();
    }

    static Optional<Project> project(FiscalYear y, String lineage) {
        return y.projects.stream().filter(p -> p.lineage.equals(lineage)).findFirst();
    }
}
