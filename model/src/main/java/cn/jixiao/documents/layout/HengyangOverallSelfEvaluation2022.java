package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormStyle;
import cn.jixiao.documents.FormKind;
import cn.jixiao.scoring.ScoringEngine;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.fields.UnitFields;
import cn.jixiao.fields.OverallFields;
import cn.jixiao.documents.FieldText;
import cn.jixiao.documents.FormLayout;
import cn.jixiao.documents.PageSetup;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.documents.Table;
import cn.jixiao.documents.Table.Cell;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;

import java.util.List;
import java.util.Optional;

/**
 * 部门整体支出绩效自评表 as 衡阳市人民政府办公室 printed it for 2022 (seed 001, 附件3): the year's
 * budget by income and expense type beside 执行数 and 资金执行率, the unit's goal, then the
 * unit-level indicators with 实际完成值, 分值, 得分.
 */
public final class HengyangOverallSelfEvaluation2022 implements FormLayout {
    @Override
    public FormKind form() {
        return FormKind.OVERALL_SELF_EVALUATION;
    }

    @Override
    public FormStyle style() {
        return FormStyle.HENGYANG_2022;
    }

    @Override
    public String title() {
        return "部门整体支出绩效自评表";
    }

    @Override
    public boolean perProject() {
        return false;
    }

    @Override
    public List<FormDocument> render(Unit unit, FiscalYear year, List<Project> projects) {
        Unit u = unit == null ? new Unit() : unit;
        FiscalYear y = year == null ? new FiscalYear() : year;
        UnitOverall o = y.overall == null ? new UnitOverall() : y.overall;
        FormDocument doc = new FormDocument(title() + "-" + Text.of(u.name), PageSetup.A4_PORTRAIT_NARROW);
        Bound.carryWeights(doc, null, o.categoryWeights);
        doc.add(Paragraph.body("附件3"));
        doc.add(Paragraph.title(title()));
        doc.add(Paragraph.body(HengyangSelfEvaluation2022.headLine(y)));

        Table t = new Table(HengyangSelfEvaluation2022.COLUMNS_MM);
        // 资金总额 as stated (bound to its field), else by its one rule (UnitOverall#budget)
        FieldText totalText = Bound.or(Bound.overall(o, OverallFields.STATED_TOTAL), Text.of(o.budget()));
        String total = totalText.text();
        String weight = Text.first(o.selfEvaluation.funds.weight, ScoringEngine.DEFAULT_FUNDS_WEIGHT.toPlainString());
        String fundsScore = EvaluationFigures.fundsScore(ScoringEngine.scoreFunds(o), o.selfEvaluation.funds.statedScore);
        t.row(Cell.label("部门名称"), Cell.of(Bound.unit(u, UnitFields.NAME)).span(4), Cell.label("执行数"), Cell.label("资金执行率"),
                Cell.label("分值"), Cell.label("得分"));
        t.row(Cell.label("年度预算申请（万元）").rows(6), Cell.of(FieldText.of("资金总额：", totalText)).span(4),
                Cell.amount(Bound.overall(o, OverallFields.EXECUTED)),
                Cell.center(Bound.or(Bound.overall(o, OverallFields.STATED_EXECUTION_RATE), EvaluationFigures.rate("", o.executionRate()))),
                Cell.center(Bound.or(Bound.overall(o, OverallFields.FUNDS_WEIGHT), weight)),
                Cell.center(Bound.or(Bound.overall(o, OverallFields.STATED_FUNDS_SCORE), fundsScore)));
        t.row(Cell.of("按收入性质分：").span(4), Cell.of("按支出性质分：").span(4));
        t.row(Cell.of(FieldText.of("其中：一般公共预算收入：", Bound.overall(o, OverallFields.GENERAL_PUBLIC_BUDGET))).span(4),
                Cell.of(FieldText.of("其中：基本支出：", Bound.overall(o, OverallFields.BASIC_EXPENSE))).span(4));
        t.row(Cell.of(FieldText.of("政府性基金拨款：", Bound.overall(o, OverallFields.GOVERNMENT_FUND))).span(4),
                Cell.of(FieldText.of("项目支出：", Bound.overall(o, OverallFields.PROJECT_EXPENSE))).span(4));
        t.row(Cell.of(FieldText.of("纳入专户管理的非税收入拨款：", Bound.overall(o, OverallFields.SPECIAL_ACCOUNT))).span(4), Cell.of("").span(4));
        t.row(Cell.of(FieldText.of("其他资金：", Bound.overall(o, OverallFields.OTHER_FUNDS))).span(4), Cell.of("").span(4));
        t.row(Cell.label("部门职能职责概述"), Cell.of(Bound.first(Bound.overall(o, OverallFields.FUNCTIONS_SUMMARY), Bound.unit(u, UnitFields.FUNCTIONS_SUMMARY))).span(8));
        t.row(Cell.label("整体绩效目标"), Cell.of(Bound.goals(o, goals(o))).span(8)).minHeightMm(15);

        List<Indicator> indicators = o.indicators == null ? List.of() : o.indicators;
        List<IndicatorTree.Block> blocks = indicators.isEmpty()
                ? IndicatorTree.arrange(u.frameworkOf(y, null), List.of())
                : IndicatorTree.arrange(Optional.empty(), indicators);
        t.row(Cell.label("部门整体支出年度绩效指标").rows(1 + IndicatorTree.rows(blocks)).asVertical(),
                Cell.label("一级指标"), Cell.label("二级指标"), Cell.label("三级指标"), Cell.label("年度指标值"),
                Cell.label("实际完成值"), Cell.label("分值"), Cell.label("得分"), Cell.label("偏差原因分析及改进措施"));
        for (List<Cell> row : IndicatorRows.rows(IndicatorRows.Whose.OVERALL.weighted(o.categoryWeights), blocks, c -> EvaluationFigures.categoryLabel(o.categoryWeights, c),
                HengyangSelfEvaluation2022.evaluated(null, y.year), 6)) {
            t.row(row.toArray(Cell[]::new));
        }
        t.row(Cell.label("总分").span(6), Cell.center(Bound.or(Bound.overall(o, OverallFields.STATED_WEIGHT_TOTAL), EvaluationFigures.totalWeight(weight, indicators))),
                Cell.center(Bound.or(Bound.overall(o, OverallFields.STATED_TOTAL_SCORE), EvaluationFigures.totalScore(o.selfEvaluation.statedTotalScore, fundsScore, indicators, y.year))), Cell.of(""));
        doc.add(t);
        EvaluationFigures.markDifferences(doc, o);
        doc.add(Paragraph.body(HengyangSelfEvaluation2022.signLine(Bound.overall(o, OverallFields.SE_PREPARER),
                Bound.overall(o, OverallFields.SE_DATE), Bound.overall(o, OverallFields.SE_PHONE), Bound.overall(o, OverallFields.SE_HEAD))));
        return List.of(doc);
    }

    static List<String> goals(UnitOverall o) {
        return o.goals == null ? List.of() : o.goals.stream().map(Text::of).filter(g -> !g.isEmpty()).toList();
    }
}
