package cn.jixiao.overview;

import cn.jixiao.domain.Stage;
import cn.jixiao.domain.Amount;
import cn.jixiao.monitoring.Light;
import cn.jixiao.monitoring.MonitoringLights;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Review;
import cn.jixiao.scoring.Grade;
import cn.jixiao.scoring.ProjectScore;
import cn.jixiao.scoring.ScoringEngine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 年度总览: the year in one look, one row per project with its stage, budget, 执行率 and light
 * (while monitored) or score and grade (once self-evaluated), and the count of review findings.
 * Every figure comes from its one rule: the lights from {@link MonitoringLights}, 执行率 from the
 * funds block, scores from {@link ScoringEngine}, findings from {@link Review}.
 *
 * @param timeProgress the latest monitoring period's time progress in the year, if any is monitored
 * @param findings     the count of the year's review findings
 */
public record YearOverview(int year, List<Row> rows, Optional<BigDecimal> timeProgress, int findings) {

    /**
     * One project.
     *
     * @param executionRate the self-evaluation's 执行率 once self-evaluated, else the latest monitoring's
     * @param month         the latest monitoring period's month; 0 when not monitored
     * @param findings      the review findings on this project
     */
    public record Row(String projectId, String name, Stage stage, Amount budget, Optional<BigDecimal> executionRate,
                      int month, Light light, Optional<BigDecimal> score, Optional<Grade> grade, int findings) {
    }

    /** The overview of a year of the unit, with the year's review. */
    public static YearOverview of(Unit unit, FiscalYear year) {
        return of(unit, year, Review.run(unit, year.year));
    }

    /**
     * The overview with the review findings given: the window draws the page first with none and
     * counts them when its background review of the same data is done (a review of 300 projects
     * is more than a frame).
     */
    public static YearOverview of(Unit unit, FiscalYear year, List<Finding> found) {
        return of(unit, year, found, true);
    }

    /**
     * Stages, budgets and 执行率 only, no lights, scores or findings: what the window draws at once;
     * the lights and scores (the scoring rules over every indicator) follow from the background.
     */
    public static YearOverview figuresOnly(Unit unit, FiscalYear year) {
        return of(unit, year, List.of(), false);
    }

    private static YearOverview of(Unit unit, FiscalYear year, List<Finding> found, boolean judged) {
        Map<String, Integer> perProject = new HashMap<>();
        for (Finding f : found) {
            perProject.merge(f.where().projectId(), 1, Integer::sum);
        }
        List<Row> rows = new ArrayList<>();
        int latestMonth = 0;
        for (Project p : year.projects) {
            Optional<Monitoring> m = year.latestMonitoring(p.id);
            Stage stage = p.selfEvaluation.started ? Stage.SELF_EVALUATION : m.isPresent() ? Stage.MONITORING : Stage.DECLARATION;
            Light light = judged ? m.map(x -> MonitoringLights.status(x, p.indicators, unit.monitoringRules()).light())
                    .orElse(Light.NONE) : Light.NONE;
            Optional<BigDecimal> rate = Optional.empty();
            Optional<BigDecimal> score = Optional.empty();
            Optional<Grade> grade = Optional.empty();
            if (stage == Stage.SELF_EVALUATION) {
                rate = p.selfEvaluation.funds.executionRate();
                if (judged) {
                    ProjectScore total = ScoringEngine.total(p, year.year);
                    score = total.totalIfAny();
                    grade = total.grade();
                }
            } else if (m.isPresent()) {
                rate = m.get().funds.executionRate();
            }
            int month = m.map(x -> x.month).orElse(0);
            latestMonth = Math.max(latestMonth, month);
            rows.add(new Row(p.id, p.name, stage, p.budget(), rate, month, light, score, grade,
                    perProject.getOrDefault(p.id, 0)));
        }
        Optional<BigDecimal> time = latestMonth == 0 ? Optional.empty() : Optional.of(MonitoringLights.timeProgress(latestMonth));
        return new YearOverview(year.year, List.copyOf(rows), time, found.size());
    }
}
