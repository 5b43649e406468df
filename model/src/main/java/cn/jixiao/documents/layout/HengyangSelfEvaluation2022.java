package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.PageSetup;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.documents.Table;
import cn.jixiao.documents.Table.Cell;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.SelfEvaluation;
import cn.jixiao.domain.Signature;
import cn.jixiao.domain.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 项目支出绩效自评表 as 衡阳市人民政府办公室 filed it for 2022 (seed 001 附件4): the funds block
 * (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分), the 年度总体目标 with its outcome and
 * the indicators with 实际完成值, 分值, 得分 and 偏差原因. Only the 二级 that carry indicators
 * are printed; the 一级 label shows its weight ('产出指标（50分）'). Stated figures print as
 * stated; where none is stated, 执行率 and the totals are computed.
 */
public final class HengyangSelfEvaluation2022 extends PerProjectLayout {
    @Override
    public String form() {
        return "self-evaluation";
    }

    @Override
    public String style() {
        return "hengyang-2022";
    }

    @Override
    public String title() {
        return "项目支出绩效自评表";
    }

    @Override
    protected FormDocument render(Unit unit, FiscalYear year, Project p) {
        SelfEvaluation se = p.selfEvaluation == null ? new SelfEvaluation() : p.selfEvaluation;
        FundsExecution f = se.funds == null ? new FundsExecution() : se.funds;
        FormDocument doc = new FormDocument(documentName(p), PageSetup.A4_PORTRAIT_NARROW);
        doc.add(Paragraph.title(title()));
        doc.add(Paragraph.subtitle("填报单位：\u3000\u3000（盖章）" + "\u3000".repeat(8) + "（" + year.year + "年度）"));

        Table t = new Table(6, 9, 12, 16, 13, 11, 8, 8, 17);
        t.row(Cell.label("项目支出名称"), Cell.of(Text.of(p.name)).span(8));
        t.row(Cell.label("主管部门"), Cell.of(Text.first(p.supervisingDepartment, unit.supervisingDepartment)).span(3),
                Cell.label("实施单位"), Cell.of(Text.of(p.implementingUnit)).span(4));

        t.row(Cell.label("项目资金\n（万元）").rows(5), Cell.of("").span(2), Cell.label("年初\n预算数"), Cell.label("全年\n预算数"),
                Cell.label("全年\n执行数"), Cell.label("分值"), Cell.label("执行率"), Cell.label("得分"));
        String weight = Text.first(f.weight, "10");
        t.row(Cell.of("年度资金总额").span(2), Cell.amount(Text.of(f.initialBudget)), Cell.amount(Text.of(f.adjustedBudget)),
                Cell.amount(Text.of(f.executed)), Cell.center(weight), Cell.center(executionRate(f)),
                Cell.center(fundsScore(f, weight)));
        fundsRow(t, "其中：当年财政拨款", f.fiscalInitial, f.fiscalAdjusted, f.fiscalExecuted);
        fundsRow(t, "上年结转资金", f.carryOverInitial, f.carryOverAdjusted, f.carryOverExecuted);
        fundsRow(t, "其他资金", f.otherInitial, f.otherAdjusted, f.otherExecuted);

        t.row(Cell.label("年度总\n体目标").rows(2), Cell.label("预期目标").span(4), Cell.label("实际完成情况").span(4));
        t.row(Cell.of(Text.first(se.expectedOutcome, p.annualGoal)).span(4), Cell.of(Text.of(se.actualOutcome)).span(4))
                .minHeightMm(20);

        List<IndicatorTree.Block> blocks = IndicatorTree.arrange(Optional.empty(), p.indicators);
        t.row(Cell.label("绩效指标").rows(1 + IndicatorTree.rows(blocks)).asVertical(), Cell.label("一级指标"),
                Cell.label("二级指标"), Cell.label("三级指标"), Cell.label("年度\n指标值"), Cell.label("实际\n完成值"),
                Cell.label("分值"), Cell.label("得分"), Cell.label("偏差原因\n分析及\n改进措施"));
        List<Cell> blank = java.util.Collections.nCopies(6, Cell.of(""));
        for (List<Cell> row : IndicatorRows.rows(blocks, c -> categoryLabel(p, c), HengyangSelfEvaluation2022::values,
                (c, s) -> blank, p.mergedCategories)) {
            t.row(row.toArray(Cell[]::new));
        }
        t.row(Cell.label("总分").span(6), Cell.center(Text.first(se.statedWeightTotal, totalWeight(weight, p.indicators))),
                Cell.center(Text.first(se.statedTotalScore, totalScore(f, weight, p.indicators))), Cell.of(""));
        doc.add(t);

        Signature s = se.signature == null ? new Signature() : se.signature;
        doc.add(Paragraph.body("填表人：" + Text.of(s.preparer) + "\u3000\u3000\u3000填报日期：" + Text.of(s.date)
                + "\u3000\u3000\u3000联系电话：" + Text.of(s.phone) + "\u3000\u3000单位负责人签字：" + Text.of(s.head)));
        return doc;
    }

    private static void fundsRow(Table t, String label, Amount initial, Amount adjusted, Amount executed) {
        t.row(Cell.of(label).span(2), Cell.amount(Text.of(initial)), Cell.amount(Text.of(adjusted)),
                Cell.amount(Text.of(executed)), Cell.of(""), Cell.of(""), Cell.of(""));
    }

    private static List<Cell> values(Indicator i) {
        return List.of(Cell.of(Text.of(i.name)), Cell.center(Text.of(i.target)), Cell.center(Text.of(i.actual)),
                Cell.center(Text.of(i.weight)), Cell.center(Text.of(i.score)), Cell.of(Text.of(i.deviationCause)));
    }

    /** '产出指标（50分）' where the form gives the 一级 a weight. */
    private static String categoryLabel(Project p, String category) {
        for (CategoryWeight w : p.categoryWeights == null ? List.<CategoryWeight>of() : p.categoryWeights) {
            if (w != null && category.equals(Text.of(w.category)) && !Text.of(w.weight).isEmpty()) {
                return category + "\n（" + Text.of(w.weight) + "分）";
            }
        }
        return category;
    }

    /** The stated 执行率, else 全年执行数 / 全年预算数 with two decimals. */
    static String executionRate(FundsExecution f) {
        return Text.first(f.statedExecutionRate, Text.percent(f.executionRate()));
    }

    /** The stated 得分 of the funds row, else 执行率 × 分值, at most the 分值. */
    static String fundsScore(FundsExecution f, String weight) {
        if (!Text.of(f.statedScore).isEmpty()) {
            return Text.of(f.statedScore);
        }
        Optional<BigDecimal> w = Amount.of(weight).value();
        Optional<BigDecimal> rate = f.executionRate();
        if (w.isEmpty() || rate.isEmpty()) {
            return "";
        }
        return plain(rate.get().multiply(w.get()).min(w.get()));
    }

    private static String totalWeight(String fundsWeight, List<Indicator> indicators) {
        List<String> parts = new ArrayList<>();
        parts.add(fundsWeight);
        for (Indicator i : indicators == null ? List.<Indicator>of() : indicators) {
            if (i != null) {
                parts.add(Text.of(i.weight));
            }
        }
        return sum(parts);
    }

    private static String totalScore(FundsExecution f, String fundsWeight, List<Indicator> indicators) {
        List<String> parts = new ArrayList<>();
        parts.add(fundsScore(f, fundsWeight));
        for (Indicator i : indicators == null ? List.<Indicator>of() : indicators) {
            if (i != null) {
                parts.add(Text.of(i.score));
            }
        }
        return sum(parts);
    }

    /** The sum when every part is a number; blank otherwise (a total of guesses helps nobody). */
    private static String sum(List<String> parts) {
        BigDecimal total = BigDecimal.ZERO;
        for (String s : parts) {
            Optional<BigDecimal> v = Amount.of(s).value();
            if (v.isEmpty()) {
                return "";
            }
            total = total.add(v.get());
        }
        return plain(total);
    }

    private static String plain(BigDecimal v) {
        BigDecimal r = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
    }
}
