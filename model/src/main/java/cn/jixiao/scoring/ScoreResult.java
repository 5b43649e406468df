package cn.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The score of one indicator (or of the funds row) and why.
 *
 * @param score       得分, scale 2, between 0 and 分值; null when it cannot be computed (the explanation says what is missing)
 * @param weight      分值; null when none was given
 * @param rule        the rule that gave the score
 * @param explanation the rule and the arithmetic, in Chinese, as a reviewer would want to read it
 * @param manual      the score was typed by the clerk and kept
 * @param pointsLost  score below 分值: a 偏差原因 is needed
 * @param stated      the 得分 printed on the form (not typed by hand), to compare with; null when none
 * @param warnings    things a reviewer should look at: an unrecognised rule text, a rule text at odds
 *                    with the 分值, a manual score without reason, a stated figure that differs
 */
public record ScoreResult(BigDecimal score, BigDecimal weight, RuleKind rule, String explanation, boolean manual,
                          boolean pointsLost, BigDecimal stated, List<String> warnings) {

    public ScoreResult {
        warnings = List.copyOf(warnings);
    }

    public Optional<BigDecimal> scoreIfAny() {
        return Optional.ofNullable(score);
    }

    public Optional<BigDecimal> statedIfAny() {
        return Optional.ofNullable(stated);
    }

    public boolean computed() {
        return score != null;
    }

    /** True when the form states a 得分 and it is not the one computed here. */
    public boolean differsFromStated() {
        return score != null && stated != null && stated.compareTo(score) != 0;
    }

    /** '14.25（分值15）：…' for messages and the CLI. */
    public String summary() {
        String head = score == null ? "无法计算得分" : "得分 " + score.toPlainString()
                + (weight == null ? "" : "（分值 " + Measure.num(weight) + "）");
        return head + (manual ? "［手工评分］" : "") + "\n依据：" + explanation
                + (warnings.isEmpty() ? "" : "\n注意：" + String.join("；", warnings));
    }
}
