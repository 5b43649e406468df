package cn.jixiao.domain;

import java.util.UUID;

/**
 * 三级指标: one row of a project's (or the unit's) indicator tree, with the 一级 (category)
 * and 二级 (subcategory) it sits under, as written on the form.
 *
 * <p>Declaration fields come first; the self-evaluation fields (实际完成值, 分值, 得分,
 * 偏差原因) are filled after the year. Texts are kept exactly as written.
 */
public class Indicator {
    public String id = UUID.randomUUID().toString();
    /** 一级指标, e.g. 产出指标. */
    public String category = "";
    /** 二级指标, e.g. 数量指标 (湘阴 writes 经济效益 without 指标). */
    public String subcategory = "";
    /** 三级指标 name. */
    public String name = "";
    /** 指标值 (TargetValue text) as written: '≥95%', '不少于5次', '2024年12月前'. */
    public String target = "";
    /** 指标值内容 / 指标解释 (wide layout). */
    public String targetContent = "";
    /** 评(扣)分标准 (scoringRule text). */
    public String scoringRule = "";
    /** 度量单位 / 计量单位. */
    public String unitOfMeasure = "";
    /** 指标值类型 (comparator) as written: ≥ ≤ = 定性. */
    public String comparator = "";
    /** 备注. */
    public String remark = "";
    /** 分值 (weight) as written. */
    public String weight = "";
    /** 实际完成值 (actual) as written. */
    public String actual = "";
    /** 得分 as stated on the form or typed by hand; empty means "computed". */
    public String score = "";
    /** True when {@link #score} was set by the clerk against the computed one. */
    public boolean scoreManual;
    /** Why a manual score differs from the computed one. */
    public String scoreReason = "";
    /** 定性指标评价档次 chosen by the clerk: 达成 / 部分达成 / 未达成; empty = judged from 实际完成值. */
    public String tier = "";
    /** 偏差原因分析及改进措施 (deviationCause). */
    public String deviationCause = "";

    public Indicator() {
    }

    public Indicator(String category, String subcategory, String name, String target) {
        this.category = category;
        this.subcategory = subcategory;
        this.name = name;
        this.target = target;
    }

    /**
     * Forgets the self-evaluation of the row (实际完成值, 得分 and why it was set by hand, 评价档次,
     * 偏差原因) and keeps the declaration: what a row copied into another year or project starts as.
     * Every self-evaluation field is listed here once, so a copy cannot bring back last year's 未达成.
     */
    public void clearSelfEvaluation() {
        actual = "";
        score = "";
        scoreManual = false;
        scoreReason = "";
        tier = "";
        deviationCause = "";
    }

    /** A copy with a new id, for copying into another project or year. */
    public Indicator copyAsNew() {
        Indicator c = Json.copy(this, Indicator.class);
        c.id = UUID.randomUUID().toString();
        return c;
    }
}
