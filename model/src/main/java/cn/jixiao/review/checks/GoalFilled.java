package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Rows;
import cn.jixiao.review.Severity;

import java.util.ArrayList;
import java.util.List;

/** 年度目标 filled: a project's 年度绩效目标 (or its self-evaluation's 预期目标), the unit's 整体绩效目标. */
public final class GoalFilled extends BaseCheck {
    public GoalFilled() {
        super("GOAL_MISSING", Severity.ERROR, "年度绩效目标没有填写");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Project p : y.projects) {
            if (p.annualGoal.isBlank() && p.selfEvaluation.expectedOutcome.isBlank()) {
                boolean self = Rows.selfEvaluated(p);
                out.add(onProject(y, p, self ? "selfEvaluation.expectedOutcome" : "annualGoal",
                        self ? "自评表没有填写年度总体目标（预期目标）。" : "没有填写年度绩效目标。"));
            }
        }
        boolean overallInUse = !y.overall.indicators.isEmpty() || !y.overall.statedTotal.isEmpty();
        if (overallInUse && y.overall.goals.stream().noneMatch(cn.jixiao.domain.UnitOverall::isGoal)) {
            out.add(onUnit(y, FieldRef.overall("goals"), Names.OVERALL, "没有填写整体绩效目标（年度目标）。"));
        }
        return out;
    }
}
