package cn.jixiao.documents.layout;

import cn.jixiao.scoring.ScoreResult;
import cn.jixiao.scoring.ScoringEngine;
import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.MoneyText;
import cn.jixiao.domain.Percent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Figures the self-evaluation forms print: a stated figure when the form states one, else the one
 * computed from the data (执行率, 控制率, totals), so a blank form still adds up.
 */
final class EvaluationFigures {
    private EvaluationFigures() {
    }

    /** The 一级 label with the weight written beside it: '产出指标（50分）'; the bare name when none. */
    static String categoryLabel(List<CategoryWeight> weights, String category) {
        String name = Text.of(category);
        String w = weights == null ? "" : weights.stream().filter(Objects::nonNull)
                .filter(cw -> Text.of(cw.category).equals(name)).map(cw -> Text.of(cw.weight))
                .filter(s -> !s.isEmpty()).findFirst().orElse("");
        if (w.isEmpty()) {
            return name;
        }
        // '50' is stored bare; a weight kept as written ('(50分)') prints as written
        return number(w).isPresent() ? name + "（" + w + "分）" : name + w;
    }

    /** A number written in a score or weight cell ('15', '　15', '10.5'), if it is one. */
    static Optional<BigDecimal> number(String text) {
        return MoneyText.parsePlain(MoneyText.fold(Text.of(text)));
    }

    /** The sum of the given cells, when every non-blank one is a number and at least one is given. */
    static Optional<BigDecimal> sum(List<String> cells) {
        BigDecimal total = BigDecimal.ZERO;
        boolean any = false;
        for (String c : cells) {
            if (Text.of(c).isEmpty()) {
                continue;
            }
            Optional<BigDecimal> n = number(c);
            if (n.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(n.get());
            any = true;
        }
        return any ? Optional.of(total) : Optional.empty();
    }

    static String plain(Optional<BigDecimal> n) {
        return n.map(EvaluationFigures::plain).orElse("");
    }

    static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s).toPlainString();
    }

    /** 总分 的 分值: the funds row's weight plus every indicator's weight. */
    static String totalWeight(String fundsWeight, List<Indicator> indicators) {
        return plain(sum(concat(fundsWeight, indicators, i -> i.weight)));
    }

    /** 总分 的 得分: as stated, else the funds row's score plus every indicator's (stated or computed). */
    static String totalScore(String stated, String fundsScore, List<Indicator> indicators) {
        if (!Text.of(stated).isEmpty()) {
            return Text.of(stated);
        }
        return plain(sum(concat(fundsScore, indicators, EvaluationFigures::indicatorScore)));
    }

    /** An indicator's 得分 as the form states it, else as the scoring rules compute it. */
    static String indicatorScore(Indicator i) {
        if (!Text.of(i.selfEvaluation.score).isEmpty()) {
            return Text.of(i.selfEvaluation.score);
        }
        BigDecimal computed = ScoringEngine.score(i).score();
        return computed == null ? "" : plain(computed);
    }

    /** The funds row's 得分 as stated, else as the scoring rules compute it. */
    static String fundsScore(ScoreResult funds, String stated) {
        if (!Text.of(stated).isEmpty()) {
            return Text.of(stated);
        }
        return funds.score() == null ? "" : plain(funds.score());
    }

    /**
     * 执行率 / 控制率 as stated, else computed with two decimals, cut rather than rounded: 38.1692
     * of 38.17 prints 99.99%, as the clerk wrote it, not a 100.00% that was not reached.
     */
    static String rate(String stated, Optional<BigDecimal> fraction) {
        return Text.first(stated, fraction.map(Percent::of).orElse(""));
    }

    static Optional<BigDecimal> ratio(Optional<BigDecimal> done, Optional<BigDecimal> budget) {
        if (done.isEmpty() || budget.isEmpty() || budget.get().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(done.get().divide(budget.get(), 6, RoundingMode.HALF_UP));
    }

    private static List<String> concat(String first, List<Indicator> indicators, Function<Indicator, String> f) {
        List<String> out = new java.util.ArrayList<>();
        out.add(first);
        if (indicators != null) {
            indicators.stream().filter(Objects::nonNull).map(f).forEach(out::add);
        }
        return out;
    }
}
