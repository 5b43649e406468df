package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * 草稿已核对: a project 开始下一年度 copied from last year is still marked 草稿 until the clerk
 * has gone through it ("核对完成"); sent as it is, it repeats last year's goals, targets and dates.
 */
public final class DraftChecked extends BaseCheck {
    public DraftChecked() {
        super("PROJECT_STILL_DRAFT", Severity.WARNING, "由上一年度复制的项目还是草稿，尚未核对");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Project p : y.projects) {
            if (p.draft) {
                out.add(onProject(y, p, "name", "由上一年度复制而来，还标为草稿。请逐项核对目标、指标值、起止时间和金额，"
                        + "然后在项目页点“核对完成”。"));
            }
        }
        return out;
    }
}
