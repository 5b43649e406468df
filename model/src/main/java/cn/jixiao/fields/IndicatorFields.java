package cn.jixiao.fields;

import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Stage;

import java.util.function.BiConsumer;
import java.util.function.Function;

import static cn.jixiao.domain.Stage.DECLARATION;
import static cn.jixiao.domain.Stage.SELF_EVALUATION;
import static cn.jixiao.fields.FieldKind.CHOICE;
import static cn.jixiao.fields.FieldKind.LONG_TEXT;

import static cn.jixiao.fields.FieldKind.TEXT;

/**
 * 三级指标: the fields of one indicator row, of a project or of the 部门整体, in the order the
 * wide declaration prints them, then the self-evaluation's.
 */
public final class IndicatorFields {
    private IndicatorFields() {
    }

    private static Field<Indicator> text(String path, String label, Stage stage, FieldKind kind,
                                         Function<Indicator, String> get, BiConsumer<Indicator, String> set) {
        return Field.text(Owner.INDICATOR, Indicator.class, path, label, stage, kind, get, set);
    }

    public static final Field<Indicator> CATEGORY = text("category", "一级指标", DECLARATION, TEXT,
            i -> i.category, (i, v) -> i.category = v);
    public static final Field<Indicator> SUBCATEGORY = text("subcategory", "二级指标", DECLARATION, TEXT,
            i -> i.subcategory, (i, v) -> i.subcategory = v);
    public static final Field<Indicator> NAME = text("name", "三级指标", DECLARATION, TEXT, i -> i.name, (i, v) -> i.name = v);
    public static final Field<Indicator> TARGET = text("target", "指标值", DECLARATION, TEXT, i -> i.target, (i, v) -> i.target = v);
    public static final Field<Indicator> TARGET_CONTENT = text("targetContent", "指标值内容", DECLARATION, LONG_TEXT,
            i -> i.targetContent, (i, v) -> i.targetContent = v);
    public static final Field<Indicator> COMPARATOR = text("comparator", "指标值类型", DECLARATION, CHOICE,
            i -> i.comparator, (i, v) -> i.comparator = v);
    public static final Field<Indicator> UNIT_OF_MEASURE = text("unitOfMeasure", "度量单位", DECLARATION, TEXT,
            i -> i.unitOfMeasure, (i, v) -> i.unitOfMeasure = v);
    public static final Field<Indicator> SCORING_RULE = text("scoringRule", "评(扣)分标准", DECLARATION, LONG_TEXT,
            i -> i.scoringRule, (i, v) -> i.scoringRule = v);
    public static final Field<Indicator> WEIGHT = text("weight", "分值", DECLARATION, FieldKind.SCORE, i -> i.weight, (i, v) -> i.weight = v);
    public static final Field<Indicator> REMARK = text("remark", "备注", DECLARATION, TEXT, i -> i.remark, (i, v) -> i.remark = v);

    public static final Field<Indicator> ACTUAL = text("actual", "实际完成值", SELF_EVALUATION, TEXT,
            i -> i.selfEvaluation.actual, (i, v) -> i.selfEvaluation.actual = v);
    public static final Field<Indicator> SCORE_STATED = text("score", "得分", SELF_EVALUATION, FieldKind.SCORE,
            i -> i.selfEvaluation.score, (i, v) -> i.selfEvaluation.score = v);
    public static final Field<Indicator> SCORE_MANUAL = Field.flag(Owner.INDICATOR, Indicator.class, "scoreManual", "手工评分",
            SELF_EVALUATION, i -> i.selfEvaluation.scoreManual, (i, v) -> i.selfEvaluation.scoreManual = v);
    public static final Field<Indicator> SCORE_REASON = text("scoreReason", "手工评分理由", SELF_EVALUATION, LONG_TEXT,
            i -> i.selfEvaluation.scoreReason, (i, v) -> i.selfEvaluation.scoreReason = v);
    public static final Field<Indicator> TIER = text("tier", "评价档次", SELF_EVALUATION, CHOICE, i -> i.selfEvaluation.tier, (i, v) -> i.selfEvaluation.tier = v);
    public static final Field<Indicator> DEVIATION_CAUSE = text("deviationCause", "偏差原因分析及改进措施", SELF_EVALUATION,
            LONG_TEXT, i -> i.selfEvaluation.deviationCause, (i, v) -> i.selfEvaluation.deviationCause = v);

}
