package cn.jixiao.selfevaluation;

import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.MoneyText;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.scoring.ProjectScore;
import cn.jixiao.scoring.ScoreResult;
import cn.jixiao.scoring.ScoringEngine;
import cn.jixiao.target.TargetKind;
import cn.jixiao.target.TargetValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the score grid shows, computed from the data alone: one row per 三级 with its score,
 * how its 指标值 was read, and whether a 偏差原因 is missing; the funds row, 总分 and grade.
 */
public record ScoreSheet(List<Row> rows, ProjectScore score) {

    public ScoreSheet {
        rows = List.copyOf(rows);
    }

    /**
     * One 三级 row.
     *
     * @param showCategory    the 一级 label is printed on this row (first of its 一级)
     * @param showSubcategory the 二级 label is printed on this row (first of its 二级)
     * @param missingCause    points are lost and no 偏差原因 is written
     */
    public record Row(Indicator indicator, ScoreResult result, boolean showCategory, boolean showSubcategory,
                      String targetReading, boolean qualitative, boolean missingCause) {

        /** The warning for a row that lost points without a cause, in Chinese; empty otherwise. */
        public String missingCauseMessage() {
            if (!missingCause) {
                return "";
            }
            return "扣分未说明原因：得分" + result.awarded().orElseThrow().toPlainString() + "低于分值" + plain(result.weight())
                    + "，请在“偏差原因”中写明原因及改进措施";
        }
    }

    /** The grid of {@code project}'s self-evaluation of {@code year} (年度: where '年底前' ends). */
    public static ScoreSheet of(Project project, int year) {
        return of(project.indicators, ScoringEngine.total(project, year), year);
    }

    /** The grid of the 部门整体 self-evaluation of {@code year}. */
    public static ScoreSheet of(UnitOverall overall, int year) {
        return of(overall.indicators, ScoringEngine.total(overall, year), year);
    }

    private static ScoreSheet of(List<Indicator> indicators, ProjectScore score, int year) {
        List<Row> rows = new ArrayList<>();
        Indicator previous = null;
        for (int k = 0; k < indicators.size(); k++) {
            Indicator i = indicators.get(k);
            ScoreResult r = score.indicators().get(k);
            boolean newCategory = previous == null || !previous.category.equals(i.category);
            boolean newSubcategory = newCategory || !previous.subcategory.equals(i.subcategory);
            TargetValue t = ScoringEngine.target(i, year);
            boolean missingCause = r.pointsLost() && i.selfEvaluation.deviationCause.isBlank();
            rows.add(new Row(i, r, newCategory, newSubcategory, reading(t), t.kind() == TargetKind.QUALITATIVE && !t.budgetCeiling(),
                    missingCause));
            previous = i;
        }
        return new ScoreSheet(rows, score);
    }

    /** How the program reads a 指标值: '定量 ≥ 95 %', '时间 2024年12月前', '定性'. */
    public static String reading(TargetValue t) {
        if (t.isBlank()) {
            return "指标值为空";
        }
        return switch (t.kind()) {
            case QUANTITATIVE -> {
                String c = t.comparator() == null || !t.comparatorWritten() ? "" : t.comparator().symbol() + " ";
                String s = "定量 " + c + plain(t.value()) + (t.unit().isEmpty() ? "" : " " + t.unit());
                yield t.comparatorWritten() || t.comparator() == null ? s
                        : s + "（未写方向，按" + (t.comparator().isNegative() ? "不超过" : "达到") + "计）";
            }
            case DATE -> "时间 " + t.deadline().chinese() + "前";
            case QUALITATIVE -> t.budgetCeiling() ? "定性 不超过预算（按完成率计）" : "定性";
        };
    }

    /** The rows that lost points without a 偏差原因. */
    public long missingCauses() {
        return rows.stream().filter(Row::missingCause).count();
    }

    static String plain(BigDecimal v) {
        if (v == null) {
            return "";
        }
        return MoneyText.plain(v);
    }
}
