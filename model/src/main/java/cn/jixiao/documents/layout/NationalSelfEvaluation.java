package cn.jixiao.documents.layout;

import cn.jixiao.documents.FieldText;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.FormKind;
import cn.jixiao.documents.FormStyle;
import cn.jixiao.documents.PageSetup;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.documents.Table;
import cn.jixiao.documents.Table.Cell;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.SelfEvaluation;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.ProjectFields;
import cn.jixiao.fields.UnitFields;
import cn.jixiao.scoring.ScoringEngine;

import java.util.List;

/**
 * 项目支出绩效自评表 in the national style (国家通用), as 财预〔2020〕10号 lays it out: 项目名称,
 * 主管部门 and 实施单位; the funds (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分) of the
 * 年度资金总额 and its three sources; 年度总体目标 as 预期目标 beside 实际完成情况; the indicators with
 * 年度指标值, 实际完成值, 分值, 得分 and 偏差原因分析及改进措施; 总分. Unlike 衡阳 2022, which prints
 * only the 二级 that carry indicators, the national form lists every 二级 of the unit's framework
 * (成本指标 as a 一级 where the framework has it, 2021 guideline), a 二级 marked 不适用 saying so;
 * 填报单位 and the 填表人 line print the unit's own where the project has none. The wording of the
 * parts the seeds do not quote follows 衡阳 2022 (seed 001), itself a copy of the national form.
 */
public final class NationalSelfEvaluation extends PerProjectLayout {
    @Override
    public FormKind form() {
        return FormKind.SELF_EVALUATION;
    }

    @Override
    public FormStyle style() {
        return FormStyle.NATIONAL;
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
        Bound.carryCategories(doc, p);
        doc.add(Paragraph.title(title()));
        doc.add(Paragraph.subtitle(HengyangSelfEvaluation2022.yearLine(year)));
        doc.add(Paragraph.body(FieldText.of("填报单位（盖章）：", Bound.unit(unit, UnitFields.NAME), "\t金额单位：万元")));

        Table t = new Table(HengyangSelfEvaluation2022.COLUMNS_MM);
        t.row(Cell.label("项目名称"), Cell.of(Bound.project(p, ProjectFields.NAME)).span(8));
        t.row(Cell.label("主管部门"), Cell.of(Bound.first(Bound.project(p, ProjectFields.SUPERVISING_DEPARTMENT),
                        Bound.unit(unit, UnitFields.SUPERVISING_DEPARTMENT))).span(3),
                Cell.label("实施单位"), Cell.of(Bound.first(Bound.project(p, ProjectFields.IMPLEMENTING_UNIT),
                        Bound.unit(unit, UnitFields.NAME))).span(4));

        String weight = Text.first(f.weight, ScoringEngine.DEFAULT_FUNDS_WEIGHT.toPlainString());
        String rate = EvaluationFigures.rate(f.statedExecutionRate, f.executionRate());
        String fundsScore = EvaluationFigures.fundsScore(ScoringEngine.scoreFunds(f), f.statedScore);
        t.row(Cell.label("项目资金\n（万元）").rows(5), Cell.of(""), Cell.label("年初预算数"), Cell.label("全年预算数"),
                Cell.label("全年执行数"), Cell.label("分值"), Cell.label("执行率"), Cell.label("得分").span(2));
        t.row(funds("年度资金总额", Bound.project(p, ProjectFields.INITIAL_BUDGET), Bound.project(p, ProjectFields.ADJUSTED_BUDGET),
                Bound.project(p, ProjectFields.EXECUTED), Cell.center(Bound.or(Bound.project(p, ProjectFields.FUNDS_WEIGHT), weight)),
                Cell.center(Bound.or(Bound.project(p, ProjectFields.STATED_EXECUTION_RATE), rate)),
                Cell.center(Bound.or(Bound.project(p, ProjectFields.STATED_FUNDS_SCORE), fundsScore)).span(2)));
        // the national form strikes out 分值, 执行率 and 得分 of the sources: only the total is scored
        t.row(funds("其中：当年财政拨款", Bound.project(p, ProjectFields.FISCAL_INITIAL), Bound.project(p, ProjectFields.FISCAL_ADJUSTED),
                Bound.project(p, ProjectFields.FISCAL_EXECUTED), Cell.center("—"), Cell.center("—"), Cell.center("—").span(2)));
        t.row(funds("上年结转资金", Bound.project(p, ProjectFields.CARRY_OVER_INITIAL), Bound.project(p, ProjectFields.CARRY_OVER_ADJUSTED),
                Bound.project(p, ProjectFields.CARRY_OVER_EXECUTED), Cell.center("—"), Cell.center("—"), Cell.center("—").span(2)));
        t.row(funds("其他资金", Bound.project(p, ProjectFields.OTHER_INITIAL), Bound.project(p, ProjectFields.OTHER_ADJUSTED),
                Bound.project(p, ProjectFields.OTHER_EXECUTED), Cell.center("—"), Cell.center("—"), Cell.center("—").span(2)));

        t.row(Cell.label("年度总体目标").rows(2), Cell.label("预期目标").span(4), Cell.label("实际完成情况").span(4));
        t.row(Cell.of(Bound.first(Bound.project(p, ProjectFields.EXPECTED_OUTCOME), Bound.project(p, ProjectFields.ANNUAL_GOAL))).span(4),
                Cell.of(Bound.project(p, ProjectFields.ACTUAL_OUTCOME)).span(4)).minHeightMm(15);

        List<Indicator> indicators = p.indicators == null ? List.of() : p.indicators;
        List<IndicatorTree.Block> blocks = IndicatorTree.arrange(IndicatorRows.framework(unit, year, p), indicators);
        t.row(Cell.label("绩效指标").rows(1 + IndicatorTree.rows(blocks)).asVertical(),
                Cell.label("一级指标"), Cell.label("二级指标"), Cell.label("三级指标"), Cell.label("年度指标值"),
                Cell.label("实际完成值"), Cell.label("分值"), Cell.label("得分"), Cell.label("偏差原因分析及改进措施"));
        List<Cell> blank = java.util.Collections.nCopies(6, Cell.of(""));
        List<Cell> notApplicable = List.of(Cell.center("不适用"), Cell.of(""), Cell.of(""), Cell.of(""), Cell.of(""), Cell.of(""));
        for (List<Cell> row : IndicatorRows.rows(IndicatorRows.Whose.project(p).weighted(p.categoryWeights), blocks, c -> EvaluationFigures.categoryLabel(p.categoryWeights, c),
                HengyangSelfEvaluation2022.evaluated(p, year.year),
                (c, s) -> IndicatorRows.notApplicable(p, c, s) ? notApplicable : blank, p.mergedCategories)) {
            t.row(row.toArray(Cell[]::new));
        }
        t.row(Cell.label("总分").span(6),
                Cell.center(Bound.or(Bound.project(p, ProjectFields.STATED_WEIGHT_TOTAL), EvaluationFigures.totalWeight(weight, indicators))),
                Cell.center(Bound.or(Bound.project(p, ProjectFields.STATED_TOTAL_SCORE),
                        EvaluationFigures.totalScore(se.statedTotalScore, fundsScore, indicators, year.year))), Cell.of(""));
        doc.add(t);

        doc.add(Paragraph.body(HengyangSelfEvaluation2022.signLine(
                Bound.first(Bound.project(p, ProjectFields.SE_PREPARER), Bound.unit(unit, UnitFields.PREPARER)),
                Bound.project(p, ProjectFields.SE_DATE),
                Bound.first(Bound.project(p, ProjectFields.SE_PHONE), Bound.unit(unit, UnitFields.PHONE)),
                Bound.first(Bound.project(p, ProjectFields.SE_HEAD), Bound.unit(unit, UnitFields.HEAD)))));
        return doc;
    }

    private static Cell[] funds(String label, FieldText initial, FieldText adjusted, FieldText executed,
                                Cell weight, Cell rate, Cell score) {
        return new Cell[] {Cell.of(label), Cell.amount(initial), Cell.amount(adjusted), Cell.amount(executed), weight, rate, score};
    }
}
