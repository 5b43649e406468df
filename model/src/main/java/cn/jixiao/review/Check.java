package cn.jixiao.review;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;

import java.util.List;

/** One rule of the 提交前审核; stateless, so one instance serves every review. */
public interface Check {
    /** Stable upper-case code, e.g. FUNDS_TOTAL_MISMATCH. */
    String code();

    Severity severity();

    /** What the check looks for, in Chinese, for the help page and the findings panel. */
    String description();

    /** The findings of this rule in one year of the unit; empty when the year is clean. */
    List<Finding> check(Unit unit, FiscalYear year);
}
