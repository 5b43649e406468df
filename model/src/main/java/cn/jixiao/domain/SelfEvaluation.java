package cn.jixiao.domain;

/**
 * 绩效自评 of one project for its year: the funds executed and the outcome against the goal.
 * The indicators themselves (with 实际完成值, 分值, 得分) stay on the project's indicator list.
 */
public class SelfEvaluation implements StageRecord {
    /** Set once the clerk has started the self-evaluation ("开始自评"). */
    public boolean started;
    public FundsExecution funds = new FundsExecution();
    /** 年度总体目标: 预期目标. */
    public String expectedOutcome = "";
    /** 年度总体目标: 实际完成情况. */
    public String actualOutcome = "";
    /** 总分 as stated on the form. */
    public String statedTotalScore = "";
    /** 总分 row, 分值 column: the weights' total as stated ('100'). */
    public String statedWeightTotal = "";
    /** 填表人 / 填报日期 / 联系电话 / 单位负责人 of the self-evaluation form. */
    public Signature signature = new Signature();

    @Override
    public Stage stage() {
        return Stage.SELF_EVALUATION;
    }
}
