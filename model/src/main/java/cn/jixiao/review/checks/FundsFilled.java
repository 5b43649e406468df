package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.AmountFields;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Severity;

import java.util.ArrayList;
import java.util.List;

/** A project states some money: 资金总额 or its parts, or the self-evaluation's budget. */
public final class FundsFilled extends BaseCheck {
    public FundsFilled() {
        super("FUNDS_MISSING", Severity.ERROR, "项目资金没有填写");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Project p : y.projects) {
            boolean any = AmountFields.of(p).stream()
                    .filter(a -> a.field().startsWith("funds.") || a.field().startsWith("selfEvaluation.funds."))
                    .anyMatch(a -> !a.amount().isEmpty());
            if (!any) {
                out.add(onProject(y, p, "funds.statedTotal", "没有填写项目资金（资金总额、财政拨款或年初预算数），单位：万元。"));
            }
        }
        return out;
    }
}
