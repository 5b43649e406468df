package cn.jixiao.documents.layout;

import cn.jixiao.domain.MoneyText;
import cn.jixiao.scoring.ScoreResult;
import cn.jixiao.scoring.ScoringEngine;
import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.NumberText;
import cn.jixiao.domain.Percent;

import java.math.BigDecimal;
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
        return NumberText.plain(text);
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

    /**
     * Under a 部门整体 table: a note for each stated total its parts do not make
     * ({@link cn.jixiao.domain.UnitOverall#partsMismatches()}), so the figure printed as typed is
     * not taken for the computed one before the form is stamped.
     */
    static void markDifferences(cn.jixiao.documents.FormDocument doc, cn.jixiao.domain.UnitOverall o) {
        for (cn.jixiao.domain.Funds.PartsMismatch m : o.partsMismatches()) {
            doc.add(cn.jixiao.documents.Paragraph.note("注：" + m.message()));
        }
    }

    /**
     * A 合计 of printed amounts: written with the places its parts share ('40.00' + '17.00' =
     * '133.00' as the seed's unit row), else as plain as the figure allows ('40' + '3.0' = '43',
     * not '43.0'); blank parts skipped, blank when one is no number or none is given.
     */
    static String sumAsWritten(List<String> figures) {
        BigDecimal total = null;
        Integer scale = null;
        boolean shared = true;
        for (String f : figures) {
            if (Text.of(f).isEmpty()) {
                continue;
            }
            Optional<BigDecimal> v = cn.jixiao.domain.Amount.of(f).value();
            if (v.isEmpty()) {
                return "";
            }
            shared &= scale == null || scale == v.get().scale();
            scale = v.get().scale();
            total = total == null ? v.get() : total.add(v.get());
        }
        return total == null ? "" : shared ? total.toPlainString() : plain(total);
    }

    static String plain(Optional<BigDecimal> n) {
        return n.map(EvaluationFigures::plain).orElse("");
    }

    static String plain(BigDecimal n) {
        return MoneyText.plain(n);
    }

    /** 总分 的 分值: the funds row's weight plus every indicator's weight. */
    static String totalWeight(String fundsWeight, List<Indicator> indicators) {
        return plain(sum(concat(fundsWeight, indicators, i -> i.weight)));
    }

    /** 总分 的 得分 of the form of {@code year}: as stated, else the funds row's score plus every indicator's (stated or computed). */
    static String totalScore(String stated, String fundsScore, List<Indicator> indicators, int year) {
        if (!Text.of(stated).isEmpty()) {
            return Text.of(stated);
        }
        return plain(sum(concat(fundsScore, indicators, i -> indicatorScore(i, year))));
    }

    /**
     * An indicator's 得分: {@link ScoreResult#awarded()}, printed as written when the form states
     * it (so '8.50' keeps its places and a stated text that is no number still prints); scored in the
     * form's {@code year}, where a limit without a year ('年底前') ends.
     */
    static String indicatorScore(Indicator i, int year) {
        if (!Text.of(i.selfEvaluation.score).isEmpty()) {
            return Text.of(i.selfEvaluation.score);
        }
        return plain(ScoringEngine.score(i, year).awarded());
    }

    /** The funds row's 得分: {@link ScoreResult#awarded()}, printed as written when stated. */
    static String fundsScore(ScoreResult funds, String stated) {
        if (!Text.of(stated).isEmpty()) {
            return Text.of(stated);
        }
        return plain(funds.awarded());
    }

    /** 执行率 / 控制率 as stated, else as computed and written by {@link Percent}'s one policy. */
    static String rate(String stated, Optional<BigDecimal> fraction) {
        return Text.first(stated, fraction.map(Percent::of).orElse(""));
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
