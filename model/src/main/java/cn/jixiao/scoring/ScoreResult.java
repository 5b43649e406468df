package cn.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The score of one indicator (or of the funds row) and why.
 *
 * @param score       得分 by the rules (or typed by hand), scale 2, between 0 and 分值; null when it cannot be
 *                    computed (the explanation says what is missing). What the indicator is credited with is {@link #awarded()}.
 * @param weight      分值; null when none was given
 * @param rule        the rule that gave the score
 * @param explanation the rule and the arithmetic, in Chinese, as a reviewer would want to read it
 * @param manual      the score was typed by the clerk and kept
 * @param stated      the 得分 printed on the form (not typed by hand), to compare with; null when none
 * @param decidedBy   the words of a worded 实际完成值 that decided its tier ('全部完成'); '' when none did
 * @param warnings    things a reviewer should look at: an unrecognised rule text, a rule text at odds
 *                    with the 分值, a manual score without reason, a stated figure that differs
 */
public record ScoreResult(BigDecimal score, BigDecimal weight, RuleKind rule, String explanation, boolean manual,
                          BigDecimal stated, List<String> warnings, String decidedBy) {

    public ScoreResult {
        warnings = List.copyOf(warnings);
        decidedBy = decidedBy == null ? "" : decidedBy;
    }

    public ScoreResult(BigDecimal score, BigDecimal weight, RuleKind rule, String explanation, boolean manual,
                       BigDecimal stated, List<String> warnings) {
        this(score, weight, rule, explanation, manual, stated, warnings, "");
    }

    /** The words of a worded 实际完成值 that gave its tier ('全部完成' in '全部完成，效果良好'); empty when none did. */
    public Optional<String> decidedByIfAny() {
        return decidedBy.isEmpty() ? Optional.empty() : Optional.of(decidedBy);
    }

    public Optional<BigDecimal> statedIfAny() {
        return Optional.ofNullable(stated);
    }

    public boolean computed() {
        return score != null;
    }

    /**
     * 指标得分: what the indicator is credited with: the score typed by hand, else the one its form
     * states (a form brought in keeps what it says; the difference is flagged, see
     * {@link #differsFromStated()}), else the one the rules compute. The one rule the score grid,
     * the header, the totals line, the printed 自评表 and review read.
     */
    public Optional<BigDecimal> awarded() {
        return Optional.ofNullable(stated != null ? stated : score);
    }

    /** 扣分: the awarded score is below the 分值, so a 偏差原因 is needed. */
    public boolean pointsLost() {
        return weight != null && awarded().map(a -> a.compareTo(weight) < 0).orElse(false);
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
