package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Rows;
import cn.jixiao.review.Severity;
import cn.jixiao.scoring.ScoreResult;
import cn.jixiao.scoring.ScoringEngine;

import java.util.ArrayList;
import java.util.List;

/** Wherever points are lost, 偏差原因分析及改进措施 is written. */
public final class DeviationCauseGiven extends BaseCheck {
    public DeviationCauseGiven() {
        super("DEVIATION_CAUSE_MISSING", Severity.WARNING, "扣了分却没有填写偏差原因分析及改进措施");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Rows.Row r : Rows.all(y)) {
            var i = r.indicator();
            // the score the grid, the header and the printed form show: stated, typed by hand or computed
            ScoreResult score = ScoringEngine.score(i, y.year);
            if (score.pointsLost() && i.selfEvaluation.deviationCause.isBlank()) {
                out.add(onIndicator(y, r.project(), i, "deviationCause", Names.indicator(i) + "得" + Numbers.show(score.awarded().orElseThrow())
                        + "分（分值" + Numbers.show(score.weight()) + "分）" + decidedBy(score) + "，扣了分，请填写偏差原因分析及改进措施。"));
            }
        }
        return out;
    }

    /** '，按实际完成值中的“基本完成”评为部分达成': the words that set a worded actual's tier, when they set the score shown. */
    private static String decidedBy(ScoreResult score) {
        if (score.decidedByIfAny().isEmpty() || score.stated() != null && score.differsFromStated()) {
            return "";
        }
        return "，按实际完成值中的“" + score.decidedBy() + "”计分";
    }
}
