package cn.jixiao.domain;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.UUID;

/**
 * 三级指标: one row of a project's (or the unit's) indicator tree, with the 一级 (category)
 * and 二级 (subcategory) it sits under, as written on the form.
 *
 * <p>The fields here are the declaration (申报); what the self-evaluation adds after the year
 * (实际完成值, 得分, 偏差原因) is its {@link #selfEvaluation}. Texts are kept exactly as written.
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
    /** 指标自评: 实际完成值, 得分, 评价档次, 偏差原因; never null, flat in the JSON. */
    @JsonUnwrapped
    public final IndicatorSelfEvaluation selfEvaluation = new IndicatorSelfEvaluation();

    public Indicator() {
    }

    public Indicator(String category, String subcategory, String name, String target) {
        this.category = category;
        this.subcategory = subcategory;
        this.name = name;
        this.target = target;
    }

    /**
     * The declaration of the row under a new id, with an empty self-evaluation: what a row
     * copied into another year or project starts as. Built from the declaration rather than
     * cleared field by field, so no self-evaluation field (last year's 未达成) can come back.
     */
    public Indicator declarationCopy() {
        Indicator c = new Indicator(category, subcategory, name, target);
        c.targetContent = targetContent;
        c.scoringRule = scoringRule;
        c.unitOfMeasure = unitOfMeasure;
        c.comparator = comparator;
        c.remark = remark;
        c.weight = weight;
        return c;
    }

    /** A copy with a new id, for copying into another project or year. */
    public Indicator copyAsNew() {
        Indicator c = Json.copy(this, Indicator.class);
        c.id = UUID.randomUUID().toString();
        return c;
    }
}
