package cn.jixiao.app.selfevaluation;

import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.project.ProjectEditorModel;
import cn.jixiao.documents.FormLayouts;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.overview.YearOverview;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Review;
import cn.jixiao.scoring.ScoreResult;
import cn.jixiao.scoring.ScoringEngine;
import cn.jixiao.unitlevel.BasicDataSums;
import cn.jixiao.unitlevel.OverallFigures;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each money figure (执行率, 部门整体's budget and 执行率, a project's 资金总额, 控制率, the funds
 * row's 得分) put through every place that shows or checks it: the editor's view model, the
 * printed form, scoring and review. They must all say the same, because they all call one rule.
 */
class OneFigureEverywhereTest {
    private static final int YEAR = 2022;

    private static Unit unitWith(Project p) {
        Unit u = new Unit();
        u.name = "衡阳市人民政府办公室";
        FiscalYear y = new FiscalYear();
        y.year = YEAR;
        if (p != null) {
            y.projects.add(p);
        }
        u.years.add(y);
        return u;
    }

    private static FiscalYear year(Unit u) {
        return u.years.get(0);
    }

    private static String printed(Unit u, String form, String style) {
        FiscalYear y = year(u);
        return String.join("\n", FormLayouts.find(form, style).orElseThrow().render(u, y, y.projects).get(0).texts());
    }

    private static List<Finding> findings(Unit u, String code) {
        return Review.run(u, YEAR).stream().filter(f -> f.code().equals(code)).toList();
    }

    private static SelfEvaluationViewModel editor(Unit u, Project p) {
        return p == null ? SelfEvaluationViewModel.forOverall(e -> { }, new SimpleIntegerProperty(), year(u))
                : SelfEvaluationViewModel.forProject(e -> { }, new SimpleIntegerProperty(), year(u), p);
    }

    /** 政务督查经费-like funds row: 38.1692 of 38.17 is 99.99 %, cut, not a 100.00 % that was not reached. */
    @Test
    void aProjectsExecutionRateIsTheSameInTheEditorTheFormScoringAndReview() {
        Project p = new Project();
        p.name = "政务督查经费";
        FundsExecution f = p.selfEvaluation.funds;
        f.initialBudget = Amount.of("38.17");
        f.adjustedBudget = Amount.of("38.17");
        f.executed = Amount.of("38.1692");
        Unit u = unitWith(p);

        assertEquals("99.99%", editor(u, p).executionRate().orElseThrow(), "the editor");
        assertTrue(printed(u, "self-evaluation", "hengyang-2022").contains("99.99%"), "the printed form");
        ScoreResult scored = ScoringEngine.scoreFunds(f);
        assertTrue(scored.summary().contains("99.99%"), "scoring explains the same rate: " + scored.summary());
        assertEquals(new BigDecimal("10.00"), scored.score());

        // The clerk copies what the program printed: review agrees with it.
        f.statedExecutionRate = "99.99%";
        assertEquals(List.of(), findings(u, "EXECUTION_RATE_MISMATCH"), "review accepts the printed rate");
        assertTrue(ScoringEngine.scoreFunds(f).warnings().isEmpty(), "scoring accepts it too");
        // A wrong one is flagged by both, with the same computed figure.
        f.statedExecutionRate = "90%";
        List<Finding> found = findings(u, "EXECUTION_RATE_MISMATCH");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("99.99%"), found.get(0).message());
        assertTrue(ScoringEngine.scoreFunds(f).warnings().stream().anyMatch(w -> w.contains("99.99%")));
    }

    /**
     * 部门整体 with no stated 资金总额: the budget is what its parts by income type add up to, in
     * scoring, review, the editor and the printed form alike; a stated 50 % against 90 % is flagged.
     */
    @Test
    void theOverallBudgetAndRateFallBackToThePartsEverywhere() {
        Unit u = unitWith(null);
        UnitOverall o = year(u).overall;
        o.generalPublicBudget = Amount.of("80");
        o.governmentFund = Amount.of("20");
        o.selfEvaluation.funds.executed = Amount.of("90");
        SelfEvaluationViewModel vm = editor(u, null);

        assertEquals("100", o.budget().text());
        assertEquals("100", vm.moneyFields().get(0).value().text(), "the editor shows the 资金总额 that counts");
        assertEquals("90.00%", vm.executionRate().orElseThrow(), "the editor");
        String form = printed(u, "overall-self-evaluation", "hengyang-2022");
        assertTrue(form.contains("资金总额：100"), form);
        assertTrue(form.contains("90.00%"), form);
        ScoreResult scored = ScoringEngine.scoreFunds(o);
        assertEquals(new BigDecimal("9.00"), scored.score());
        assertTrue(scored.summary().contains("90.00%"), scored.summary());

        o.selfEvaluation.funds.statedExecutionRate = "50%";
        List<Finding> found = findings(u, "EXECUTION_RATE_MISMATCH");
        assertEquals(1, found.size(), "review flags the stated 50% as scoring does");
        assertTrue(found.get(0).message().contains("90.00%"), found.get(0).message());
        assertFalse(ScoringEngine.scoreFunds(o).warnings().isEmpty());

        // and the stated 得分 of the funds row is checked against the same rule as for a project
        o.selfEvaluation.funds.statedScore = "5";
        List<Finding> score = findings(u, "FUNDS_SCORE_MISMATCH");
        assertEquals(1, score.size(), "review checks the 部门整体 funds score");
        assertTrue(score.get(0).message().contains("9"), score.get(0).message());
    }

    /** 中央 100 + 县级 5.5 against a 资金总额 (财政拨款) of 15.5: review and the editor both say so, typed total or not. */
    @Test
    void partsThatDisagreeWithTheTotalAreFlaggedByReviewAndTheEditorAlike() {
        Project p = new Project();
        p.name = "信息化建设";
        p.funds.fiscalAppropriation = Amount.of("15.5");
        p.funds.centralThisYear = Amount.of("100");
        p.funds.countyThisYear = Amount.of("5.5");
        Unit u = unitWith(p);

        assertEquals("15.5", p.funds.budget().text());
        List<Finding> found = findings(u, "FUNDS_TOTAL_MISMATCH");
        assertEquals(1, found.size(), "review, with no total typed");
        assertTrue(found.get(0).message().contains("105.5"), found.get(0).message());
        ProjectEditorModel editor = new ProjectEditorModel(new MainViewModel(), year(u), p);
        assertTrue(found.get(0).message().endsWith(editor.totalWarningProperty().get()), "the editor says the same: "
                + editor.totalWarningProperty().get());

        p.funds.statedTotal = Amount.of("15.5");
        assertEquals(1, findings(u, "FUNDS_TOTAL_MISMATCH").size(), "and with the total typed");
        String warning = new ProjectEditorModel(new MainViewModel(), year(u), p).totalWarningProperty().get();
        assertFalse(warning.isEmpty());
        assertTrue(findings(u, "FUNDS_TOTAL_MISMATCH").get(0).message().endsWith(warning));

        p.funds.centralThisYear = Amount.of("10");
        assertEquals(List.of(), findings(u, "FUNDS_TOTAL_MISMATCH"));
        assertEquals("", new ProjectEditorModel(new MainViewModel(), year(u), p).totalWarningProperty().get());
    }

    /** A project's budget: the declaration's 资金总额 (stated, else its parts), else the self-evaluation's 年初预算数. */
    @Test
    void aProjectsBudgetIsResolvedOneWay() {
        Project declared = new Project();
        declared.name = "公务接待";
        declared.funds.fiscalAppropriation = Amount.of("12");
        declared.funds.otherFunds = Amount.of("3");
        Project evaluated = new Project();
        evaluated.name = "政务督查经费";
        evaluated.selfEvaluation.funds.initialBudget = Amount.of("20");
        evaluated.selfEvaluation.funds.adjustedBudget = Amount.of("25");
        Unit u = unitWith(declared);
        year(u).projects.add(evaluated);

        assertTrue(printed(u, "declaration", "hengyang-2021").contains("资金总额：15"), "the printed declaration");
        YearOverview overview = YearOverview.figuresOnly(u, year(u));
        assertEquals("15", overview.rows().get(0).budget().text(), "the 年度总览");
        assertEquals("20", overview.rows().get(1).budget().text(), "the 年度总览 of a year brought in from self-evaluations");
        assertEquals(new BigDecimal("35"), OverallFigures.projectExpense(year(u)).orElseThrow(), "项目支出 in the 部门整体 editor");

        // review adds the same budgets: a stated 项目支出 of 35 agrees
        year(u).overall.projectExpense = Amount.of("35");
        assertEquals(List.of(), findings(u, "OVERALL_TOTAL_MISMATCH"));
        year(u).overall.projectExpense = Amount.of("40");
        assertTrue(findings(u, "OVERALL_TOTAL_MISMATCH").get(0).message().contains("35"));
    }

    /** 部门整体's sums: what the editor lists as not adding up is what review finds, in the same words. */
    @Test
    void theOverallSumsTheEditorFlagsAreTheOnesReviewFinds() {
        Unit u = unitWith(null);
        UnitOverall o = year(u).overall;
        o.statedTotal = Amount.of("100");
        o.generalPublicBudget = Amount.of("100");
        o.threePublicStatedTotal = Amount.of("10");
        o.officialVehicles = Amount.of("8");
        o.officialReception = Amount.of("4");
        List<String> editor = OverallFigures.checks(year(u)).stream().filter(c -> c.disagrees()).map(c -> c.message()).toList();
        assertEquals(1, editor.size(), "三公经费 8 + 4 is not the stated 10");
        List<Finding> found = findings(u, "OVERALL_TOTAL_MISMATCH");
        assertEquals(1, found.size(), "review finds the same");
        assertTrue(found.get(0).message().contains(editor.get(0)), found.get(0).message());
        assertEquals("threePublicStatedTotal", found.get(0).where().field());
    }

    /** 控制率 2 of 3 is 66.66 % cut: the 基础数据表 editor, the printed form and review say so; the unit's staff figures fill in. */
    @Test
    void theControlRateIsTheSameInTheEditorTheFormAndReview() {
        Unit u = unitWith(null);
        u.authorizedStaff = "3";
        u.actualStaff = "2";
        FiscalYear y = year(u);

        assertTrue(printed(u, "basic-data", "hengyang-2022").contains("66.66%"));
        y.basicData.statedControlRate = "66.66%";
        assertEquals(List.of(), findings(u, "CONTROL_RATE_MISMATCH"), "the printed figure passes review");
        y.basicData.statedControlRate = "60%";
        List<Finding> found = findings(u, "CONTROL_RATE_MISMATCH");
        assertEquals(1, found.size(), "review reads the unit's staff figures as the form does");
        assertTrue(found.get(0).message().contains("66.66%"), found.get(0).message());

        // the table's own staff figures: the printed 66.66% passes review and the editor's checks alike
        y.basicData.authorizedStaff = "3";
        y.basicData.actualStaff = "2";
        y.basicData.statedControlRate = "66.66%";
        assertTrue(printed(u, "basic-data", "hengyang-2022").contains("66.66%"));
        assertEquals(List.of(), findings(u, "CONTROL_RATE_MISMATCH"), "review");
        assertEquals(List.of(), new BasicDataSums(u, y).checks(), "the 基础数据表 editor's checks");
        y.basicData.statedControlRate = "60%";
        assertEquals(1, findings(u, "CONTROL_RATE_MISMATCH").size());
        assertEquals(1, new BasicDataSums(u, y).checks().size());
    }
}
