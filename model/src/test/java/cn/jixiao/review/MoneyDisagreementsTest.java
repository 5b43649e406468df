package cn.jixiao.review;

import cn.jixiao.documents.FormLayouts;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The money disagreements issue #15 reproduced, each as review, scoring and the printed form see it. */
class MoneyDisagreementsTest {
    private static Unit unit(Project p) {
        Unit u = new Unit();
        u.name = "衡阳市人民政府办公室";
        FiscalYear y = new FiscalYear();
        y.year = 2022;
        if (p != null) {
            y.projects.add(p);
        }
        u.years.add(y);
        return u;
    }

    private static List<Finding> found(Unit u, String code) {
        return Review.run(u, 2022).stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void theRatePrintedForAProjectPassesReview() {
        Project p = new Project();
        p.name = "政务督查经费";
        p.selfEvaluation.funds.adjustedBudget = Amount.of("38.17");
        p.selfEvaluation.funds.executed = Amount.of("38.1692");
        Unit u = unit(p);
        String printed = String.join("\n", FormLayouts.find("self-evaluation", "hengyang-2022").orElseThrow()
                .render(u, u.years.get(0), List.of(p)).get(0).texts());
        assertTrue(printed.contains("99.99%"));
        p.selfEvaluation.funds.statedExecutionRate = "99.99%";
        assertEquals(List.of(), found(u, "EXECUTION_RATE_MISMATCH"), "the clerk copied what the program printed");
    }

    @Test
    void aStatedOverallRateAgainstTheRateOfThePartsIsFlaggedAsScoringSeesIt() {
        Unit u = unit(null);
        UnitOverall o = u.years.get(0).overall;
        o.generalPublicBudget = Amount.of("100");
        o.selfEvaluation.funds.executed = Amount.of("90");
        o.selfEvaluation.funds.statedExecutionRate = "50%";
        assertEquals(new BigDecimal("9.00"), ScoringEngine.scoreFunds(o).score());
        List<Finding> f = found(u, "EXECUTION_RATE_MISMATCH");
        assertEquals(1, f.size());
        assertEquals("部门整体：资金执行率填的是“50%”，按执行数90万元÷资金总额100万元计算应为90.00%。", f.get(0).message());
    }

    @Test
    void levelsThatDoNotAddUpToTheTotalAreFlaggedWithNoTotalTyped() {
        Project p = new Project();
        p.name = "信息化建设";
        p.funds.fiscalAppropriation = Amount.of("15.5");
        p.funds.centralThisYear = Amount.of("100");
        p.funds.countyThisYear = Amount.of("5.5");
        assertEquals(List.of("信息化建设：资金总额（财政拨款 + 其他资金）为15.5万元，中央、省级、市级、县级资金之和为105.5万元，两者应相等。"),
                found(unit(p), "FUNDS_TOTAL_MISMATCH").stream().map(Finding::message).toList());
    }
}
