package cn.jixiao.selfevaluation;

import cn.jixiao.domain.Indicator;
import cn.jixiao.editing.Edit;
import cn.jixiao.store.UnitFile;
import cn.jixiao.target.TextFold;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * 手工评分: the clerk overrules the computed 得分 with a score and a reason, or gives it back to
 * the engine (恢复自动计分). Score, flag and reason change together, as one edit.
 */
public final class ScoreOverride implements Edit {
    private final String description;
    private final String owner;
    private final List<Indicator> siblings;
    private final Indicator indicator;
    private final State before;
    private final State after;

    private record State(String score, boolean manual, String reason) {
    }

    private ScoreOverride(String description, String owner, List<Indicator> siblings, Indicator indicator, State after) {
        this.description = description;
        this.owner = owner;
        this.siblings = siblings;
        this.indicator = indicator;
        this.before = new State(indicator.selfEvaluation.score, indicator.selfEvaluation.scoreManual, indicator.selfEvaluation.scoreReason);
        this.after = after;
    }

    /**
     * Why a typed score cannot be kept, in Chinese; empty when it can. The score must be a number
     * between 0 and the 分值, and the reason must be given.
     */
    public static Optional<String> problem(Indicator indicator, String typedScore, String reason) {
        String s = TextFold.fold(typedScore);
        if (!s.matches("\\d+(\\.\\d+)?")) {
            return Optional.of("得分“" + typedScore.strip() + "”不是数字，请输入 0 到分值之间的数字");
        }
        BigDecimal score = new BigDecimal(s);
        String w = TextFold.fold(indicator.weight);
        if (w.matches("\\d+(\\.\\d+)?") && score.compareTo(new BigDecimal(w)) > 0) {
            return Optional.of("得分" + s + "高于分值" + w + "，得分不能超过分值");
        }
        if (reason == null || reason.isBlank()) {
            return Optional.of("手工评分必须填写理由");
        }
        return Optional.empty();
    }

    /** Sets the score by hand; refused (IllegalArgumentException with the message) when {@link #problem} finds one. */
    public static ScoreOverride manual(String owner, List<Indicator> siblings, Indicator indicator, String typedScore, String reason) {
        problem(indicator, typedScore, reason).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return new ScoreOverride("手工评分“" + indicator.name + "”", owner, siblings, indicator,
                new State(TextFold.fold(typedScore), true, reason.strip()));
    }

    /** 恢复自动计分: the engine's score is shown again; the typed score and reason are dropped. */
    public static ScoreOverride automatic(String owner, List<Indicator> siblings, Indicator indicator) {
        return new ScoreOverride("恢复自动计分“" + indicator.name + "”", owner, siblings, indicator, new State("", false, ""));
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(UnitFile file) {
        set(after, file);
    }

    @Override
    public void revert(UnitFile file) {
        set(before, file);
    }

    private void set(State s, UnitFile file) {
        indicator.selfEvaluation.score = s.score();
        indicator.selfEvaluation.scoreManual = s.manual();
        indicator.selfEvaluation.scoreReason = s.reason();
        file.saveIndicator(owner, indicator, siblings.indexOf(indicator));
    }
}
