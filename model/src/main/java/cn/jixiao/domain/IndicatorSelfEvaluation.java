package cn.jixiao.domain;

/**
 * 指标自评: what the self-evaluation adds to one 三级 indicator after the year (实际完成值, 得分
 * and why it was typed by hand, 评价档次, 偏差原因). The declaration (指标值, 分值, 评分标准) stays
 * on the {@link Indicator}; a row carried into another year gets a new, empty one.
 *
 * <p>In the exchange JSON and the unit file these fields sit flat on the indicator, as before.
 */
public class IndicatorSelfEvaluation implements StageRecord {
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

    @Override
    public Stage stage() {
        return Stage.SELF_EVALUATION;
    }
}
