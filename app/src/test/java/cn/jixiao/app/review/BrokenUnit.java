package cn.jixiao.app.review;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Funds;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.ScheduleItem;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import cn.jixiao.sample.SyntheticMonitoring;

import java.util.List;

/**
 * 衡阳市政府办 (the shipped sample) with the mistakes of the seeds made on purpose, so that every
 * review check has something to find: a project without a name, one still a draft, a 资金总额 that
 * is not the sum of its parts, a '≥120%' target, a 成本 indicator with '≥', a score above its 分值,
 * a stated 控制率 of 50%, a 三公经费 subtotal that does not add up, a monitoring period whose
 * expected spending exceeds its budget, and so on. Each line says which check it is for.
 */
final class BrokenUnit {
    private BrokenUnit() {
    }

    static Unit make() {
        Unit u = Samples.load(Samples.DEFAULT);
        FiscalYear y21 = u.year(2021).orElseThrow();
        FiscalYear y22 = u.year(2022).orElseThrow();
        List<Project> declared = y21.projects;
        declared.get(0).name = "";                                          // PROJECT_NAME_MISSING
        declared.get(1).draft = true;                                       // PROJECT_STILL_DRAFT
        declared.get(2).annualGoal = "";                                    // GOAL_MISSING
        declared.get(3).funds = new Funds();                                // FUNDS_MISSING
        declared.get(4).funds.fiscalAppropriation = Amount.of("1");         // FUNDS_TOTAL_MISMATCH
        declared.get(4).funds.statedTotal = Amount.of("99");
        declared.get(5).indicators.removeIf(i -> !i.category.startsWith("产出"));   // CATEGORY_MISSING
        List<Indicator> targets = declared.get(6).indicators;
        targets.get(0).target = "≥120%";                                    // PERCENT_OVER_100
        targets.get(1).target = "≥30";                                      // QUANTITY_WITHOUT_UNIT
        targets.get(2).target = "2030年12月前";                              // DATE_AFTER_PROJECT_END
        targets.get(3).subcategory = "成本指标";                              // COST_NOT_CEILING
        targets.get(3).target = "≥10万元";
        declared.get(7).indicators.get(0).subcategory = "经济效益指标";        // SUBCATEGORY_MISPLACED
        declared.get(7).indicators.get(1).target = "≥100%";                 // PERCENT_AT_LEAST_100
        ScheduleItem late = new ScheduleItem();
        late.end = "2023/1/12月";                                            // DATE_UNREADABLE (as in seed 004)
        declared.get(8).schedule.add(late);

        Project p = y22.projects.get(0);
        Indicator over = p.indicators.get(0);
        over.weight = "5";                                                  // SCORE_ABOVE_WEIGHT, WEIGHTS_NOT_100
        over.selfEvaluation.score = "50";
        over.selfEvaluation.scoreManual = true;
        over.selfEvaluation.scoreReason = "按实际情况";
        Indicator lost = p.indicators.get(1);
        lost.selfEvaluation.score = "0";                                                   // DEVIATION_CAUSE_MISSING
        lost.selfEvaluation.scoreManual = true;
        lost.selfEvaluation.scoreReason = "未完成";
        lost.selfEvaluation.deviationCause = "";
        p.indicators.get(2).scoringRule = "该指标分值为3分，达到目标值计20分";   // RULE_CONTRADICTS_WEIGHT (seed 002)
        p.selfEvaluation.statedTotalScore = "12";                           // TOTAL_SCORE_MISMATCH
        p.selfEvaluation.funds.statedScore = "3";                           // FUNDS_SCORE_MISMATCH
        p.selfEvaluation.funds.fiscalExecuted = Amount.of("1");             // EXECUTION_PARTS_MISMATCH
        p.selfEvaluation.funds.otherExecuted = Amount.of("1");
        p.categoryWeights.add(new CategoryWeight("产出指标", "90"));          // CATEGORY_WEIGHT_SUM_MISMATCH, _UNUSUAL
        y22.overall.categoryWeights.add(new CategoryWeight("产出指标", "95"));
        y22.basicData.statedControlRate = "50%";                            // CONTROL_RATE_MISMATCH
        y22.basicData.rows.stream().filter(r -> r.kind.equals("three-public")).findFirst().orElseThrow()
                .thisYearBudget = Amount.of("200");                          // BASIC_DATA_SUM_MISMATCH
        var basicSection = y22.report.sections.get(1).subsections.get(0);
        basicSection.text = basicSection.text.replace("基本支出决算数为3443.65万元", "基本支出决算数为3434.65万元"); // REPORT_SUM_MISMATCH
        SyntheticMonitoring.monitor(y22, 6, 7);                             // MONITORING_CAUSE_MISSING
        for (Monitoring m : y22.monitorings) {
            m.funds.adjustedBudget = Amount.of("100");
            m.funds.statedExecutionRate = "99%";                            // MONITORING_RATE_MISMATCH
            m.expectedExecuted = Amount.of("99999");                        // MONITORING_EXPECTED_OVER_BUDGET
        }
        return u;
    }
}
