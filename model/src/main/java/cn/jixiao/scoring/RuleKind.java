package cn.jixiao.scoring;

/** Which rule gave a score; {@link #chinese()} names it the way a reviewer would. */
public enum RuleKind {
    PROPORTIONAL("正向指标按完成比例计分"),
    COST("反向（成本）指标按超出比例扣分"),
    EQUAL("等于目标值计满分，否则不得分"),
    DATE("时间指标按期完成计满分"),
    QUALITATIVE("定性指标按评价档次计分"),
    FUNDS("资金执行率×分值"),
    MANUAL("手工评分"),
    CEILING_DEDUCTION("评分标准：超出控制数按比例扣分"),
    RATE_DEDUCTION("评分标准：按比率递增扣分"),
    SHORTFALL_DEDUCTION("评分标准：按低于目标值的百分点扣分"),
    THRESHOLD_PROPORTIONAL("评分标准：及格线以上按比例计分"),
    BANDS("评分标准：分段计分"),
    MET_OR_NOT("评分标准：达到目标值计分，否则不得分"),
    NONE("无法计分");

    private final String chinese;

    RuleKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
