package cn.jixiao.cli;

import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.NumberText;
import cn.jixiao.scoring.ScoreResult;
import cn.jixiao.scoring.ScoringEngine;
import cn.jixiao.scoring.Tier;

import java.io.PrintStream;
import java.util.Set;

/**
 * `jixiao score-indicator --target T --actual A --weight W [--rule 评分标准] [--tier 达成|部分达成|未达成]
 * [--type ≥|≤|=|定性] [--category 成本指标] [--year 2023]`: the score of one indicator and the rule that gave it;
 * with --year, in the form of that year (a limit without a year, '年底前', ends in it).
 */
final class ScoreIndicatorCommand implements Command {

    /** A project's indicators share 100 points: no one indicator weighs more. */
    private static final java.math.BigDecimal MAX_WEIGHT = java.math.BigDecimal.valueOf(100);

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    @Override
    public String name() {
        return "score-indicator";
    }

    @Override
    public String usage() {
        return "score-indicator --target 指标值 --actual 实际完成值 --weight 分值 [--rule 评分标准] [--tier 达成|部分达成|未达成] [--year 年度]   计算一个指标的得分";
    }

    @Override
    public Set<String> options() {
        return Set.of("target", "actual", "weight", "rule", "tier", "type", "category", "year");
    }

    @Override
    public int maxPositional() {
        // no Args refusal: the message below says where the values belong
        return -1;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        if (!args.positional().isEmpty()) {
            throw new CliException("多余的参数：" + String.join(" ", args.positional()) + "（指标值、实际完成值、分值请用 --target --actual --weight 给出）");
        }
        Indicator indicator = new Indicator();
        indicator.target = args.option("target").orElseThrow(() -> new CliException("缺少选项 --target（指标值，如 ≥95%）"));
        indicator.selfEvaluation.actual = args.option("actual").orElse("");
        indicator.weight = args.option("weight").orElseThrow(() -> new CliException("缺少选项 --weight（分值，如 15）"));
        if (NumberText.nonNegative(indicator.weight).filter(w -> w.compareTo(MAX_WEIGHT) <= 0).isEmpty()) {
            throw new CliException("分值应为 0—100 之间的数字（选项 --weight），实际为：" + shorten(indicator.weight) + "。");
        }
        indicator.scoringRule = args.option("rule").orElse("");
        indicator.comparator = ParseTargetCommand.type(args);
        indicator.category = args.option("category").orElse("");
        String tier = args.option("tier").orElse("");
        if (!tier.isBlank() && Tier.of(tier).isEmpty()) {
            throw new CliException("评价档次应为 达成、部分达成 或 未达成，实际为：" + tier);
        }
        indicator.selfEvaluation.tier = tier;
        if (indicator.selfEvaluation.actual.isBlank() && tier.isBlank()) {
            throw new CliException("缺少选项 --actual（实际完成值，如 30人 或 100%）或 --tier（评价档次）");
        }
        int year = args.intOption("year", cn.jixiao.domain.UnitRules.FIRST_YEAR, cn.jixiao.domain.UnitRules.LAST_YEAR)
                .orElse(ScoringEngine.YEAR_NOT_KNOWN);
        ScoreResult r = ScoringEngine.score(indicator, year);
        if (!r.computed()) {
            err.println("错误：无法计算得分。" + r.explanation()
                    + (r.warnings().isEmpty() ? "" : "；" + String.join("；", r.warnings())));
            return 1;
        }
        out.println(r.summary());
        return 0;
    }
}
