package cn.jixiao.cli;

import cn.jixiao.domain.Indicator;
import cn.jixiao.scoring.ScoreResult;
import cn.jixiao.scoring.ScoringEngine;
import cn.jixiao.scoring.Tier;

import java.io.PrintStream;
import java.util.Set;

/**
 * `jixiao score-indicator --target T --actual A --weight W [--rule 评分标准] [--tier 达成|部分达成|未达成]
 * [--type ≥|≤|=|定性] [--category 成本指标]`: the score of one indicator and the rule that gave it.
 */
final class ScoreIndicatorCommand implements Command {
    private static final Set<String> KNOWN = Set.of("target", "actual", "weight", "rule", "tier", "type", "category");

    @Override
    public String name() {
        return "score-indicator";
    }

    @Override
    public String usage() {
        return "score-indicator --target 指标值 --actual 实际完成值 --weight 分值 [--rule 评分标准] [--tier 达成|部分达成|未达成]   计算一个指标的得分";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        for (String name : args.optionNames()) {
            if (!KNOWN.contains(name)) {
                throw new CliException("未知选项：--" + name + "。可用选项：--target --actual --weight --rule --tier --type --category");
            }
        }
        if (!args.positional().isEmpty()) {
            throw new CliException("多余的参数：" + String.join(" ", args.positional()) + "（指标值、实际完成值、分值请用 --target --actual --weight 给出）");
        }
        Indicator indicator = new Indicator();
        indicator.target = args.option("target").orElseThrow(() -> new CliException("缺少选项 --target（指标值，如 ≥95%）"));
        indicator.selfEvaluation.actual = args.option("actual").orElse("");
        indicator.weight = args.option("weight").orElseThrow(() -> new CliException("缺少选项 --weight（分值，如 15）"));
        if (!indicator.weight.strip().matches("[0-9０-９]+([.．][0-9０-９]+)?")) {
            throw new CliException("分值应为不小于零的数字，实际为：" + indicator.weight);
        }
        indicator.scoringRule = args.option("rule").orElse("");
        indicator.comparator = args.option("type").orElse("");
        indicator.category = args.option("category").orElse("");
        String tier = args.option("tier").orElse("");
        if (!tier.isBlank() && Tier.of(tier).isEmpty()) {
            throw new CliException("评价档次应为 达成、部分达成 或 未达成，实际为：" + tier);
        }
        indicator.selfEvaluation.tier = tier;
        if (indicator.selfEvaluation.actual.isBlank() && tier.isBlank()) {
            throw new CliException("缺少选项 --actual（实际完成值，如 30人 或 100%）或 --tier（评价档次）");
        }
        ScoreResult r = ScoringEngine.score(indicator);
        if (!r.computed()) {
            err.println("错误：无法计算得分。" + r.explanation()
                    + (r.warnings().isEmpty() ? "" : "；" + String.join("；", r.warnings())));
            return 1;
        }
        out.println(r.summary());
        return 0;
    }
}
