package cn.jixiao.review;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;

import java.util.ArrayList;
import java.util.List;

/** Every 三级 row of a year: the 部门整体's first (project null), then each project's in order. */
public final class Rows {
    private Rows() {
    }

    /** One indicator with the project it belongs to (null for the 部门整体). */
    public record Row(Project project, Indicator indicator) {
    }

    public static List<Row> all(FiscalYear y) {
        List<Row> rows = new ArrayList<>();
        for (Indicator i : y.overall.indicators) {
            rows.add(new Row(null, i));
        }
        for (Project p : y.projects) {
            for (Indicator i : p.indicators) {
                rows.add(new Row(p, i));
            }
        }
        return rows;
    }

    /** The indicator lists of a year, the 部门整体's first when it has any; project null for it. */
    public record Tree(Project project, List<Indicator> indicators) {
    }

    public static List<Tree> trees(FiscalYear y) {
        List<Tree> trees = new ArrayList<>();
        if (!y.overall.indicators.isEmpty()) {
            trees.add(new Tree(null, y.overall.indicators));
        }
        for (Project p : y.projects) {
            trees.add(new Tree(p, p.indicators));
        }
        return trees;
    }

    /** True once a project carries self-evaluation figures (自评), not only its declaration. */
    public static boolean selfEvaluated(Project p) {
        if (p.selfEvaluation.started) {
            return true;
        }
        var f = p.selfEvaluation.funds;
        if (!f.initialBudget.isEmpty() || !f.adjustedBudget.isEmpty() || !f.executed.isEmpty()) {
            return true;
        }
        return p.indicators.stream().anyMatch(i -> !i.selfEvaluation.actual.isBlank() || !i.selfEvaluation.score.isBlank());
    }
}
