package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormStyle;
import cn.jixiao.documents.FormKind;
import cn.jixiao.scoring.ScoringEngine;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.fields.IndicatorFields;
import cn.jixiao.fields.UnitFields;
import cn.jixiao.fields.ProjectFields;
import cn.jixiao.documents.FieldText;
import cn.jixiao.documents.PageSetup;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.documents.Table;
import cn.jixiao.documents.Table.Cell;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.SelfEvaluation;
import cn.jixiao.domain.Signature;
import cn.jixiao.domain.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * 项目支出绩效自评表 as 衡阳市人民政府办公室 printed it for 2022 (seed 001, 附件4): the funds
 * block with 执行率 and its 10 points, the goal, then the indicators with 实际完成值, 分值, 得分.
 * Only the 二级 that carry indicators are printed, as the seed does; a project without
 * indicators gets the framework's empty rows to fill in by hand.
 */
public final class HengyangSelfEvaluation2022 extends PerProjectLayout {
    /**
     * Millimetres on the narrow A4 portrait (174 mm): label, 一级 / funds item, 二级, 三级, 指标值,
     * 实际完成值, 分值 / 执行率, 得分, 偏差原因. The label column holds '项目支出名称' in two lines
     * of the 9pt type, the funds item '年度资金总额' and 执行率 '164.58%' in one; each money column
     * a four-decimal amount of thousands ('1246.9134').
     */
    static final double[] COLUMNS_MM = {17, 21, 20.5, 21.5, 20.5, 20.5, 16.5, 12, 24.5};
    @Override
    public FormKind form() {
        return FormKind.SELF_EVALUATION;
    }

    @Override
    public FormStyle style() {
        return FormStyle.HENGYANG_2022;
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
        doc.add(Paragraph.body(headLine(year)));

        Table t = new Table(COLUMNS_MM);
        t.row(Cell.label("项目支出名称"), Cell.of(Bound.project(p, ProjectFields.NAME)).span(8));
        t.row(Cell.label("主管部门"), Cell.of(Bound.first(Bound.project(p, ProjectFields.SUPERVISING_DEPARTMENT), Bound.unit(unit, UnitFields.SUPERVISING_DEPARTMENT))).span(3),
                Cell.label("实施单位"), Cell.of(Bound.project(p, ProjectFields.IMPLEMENTING_UNIT)).span(4));

        // the funds row is worth 10 points unless the form says otherwise
        String weight = Text.first(f.weight, ScoringEngine.DEFAULT_FUNDS_WEIGHT.toPlainString());
        String rate = EvaluationFigures.rate(f.statedExecutionRate, f.executionRate());
        String fundsScore = EvaluationFigures.fundsScore(ScoringEngine.scoreFunds(f), f.statedScore);
        t.row(Cell.label("项目资金（万元）").rows(5), Cell.of(""), Cell.label("年初预算数"), Cell.label("全年预算数"),
                Cell.label("全年执行数"), Cell.label("分值"), Cell.label("执行率"), Cell.label("得分").span(2));
        FieldText none = FieldText.plain("");
        t.row(fundsRow("年度资金总额", Bound.project(p, ProjectFields.INITIAL_BUDGET), Bound.project(p, ProjectFields.ADJUSTED_BUDGET), Bound.project(p, ProjectFields.EXECUTED),
                Bound.or(Bound.project(p, ProjectFields.FUNDS_WEIGHT), weight), Bound.or(Bound.project(p, ProjectFields.STATED_EXECUTION_RATE), rate), Bound.or(Bound.project(p, ProjectFields.STATED_FUNDS_SCORE), fundsScore)));
        t.row(fundsRow("其中：当年财政拨款", Bound.project(p, ProjectFields.FISCAL_INITIAL), Bound.project(p, ProjectFields.FISCAL_ADJUSTED), Bound.project(p, ProjectFields.FISCAL_EXECUTED), none, none, none));
        t.row(fundsRow("上年结转资金", Bound.project(p, ProjectFields.CARRY_OVER_INITIAL), Bound.project(p, ProjectFields.CARRY_OVER_ADJUSTED), Bound.project(p, ProjectFields.CARRY_OVER_EXECUTED), none, none, none));
        t.row(fundsRow("其他资金", Bound.project(p, ProjectFields.OTHER_INITIAL), Bound.project(p, ProjectFields.OTHER_ADJUSTED), Bound.project(p, ProjectFields.OTHER_EXECUTED), none, none, none));

        t.row(Cell.label("年度总体目标").rows(2), Cell.label("预期目标").span(4), Cell.label("实际完成情况").span(4));
        t.row(Cell.of(Bound.first(Bound.project(p, ProjectFields.EXPECTED_OUTCOME), Bound.project(p, ProjectFields.ANNUAL_GOAL))).span(4), Cell.of(Bound.project(p, ProjectFields.ACTUAL_OUTCOME)).span(4))
                .minHeightMm(15);

        List<Indicator> indicators = p.indicators == null ? List.of() : p.indicators;
        List<IndicatorTree.Block> blocks = indicators.isEmpty()
                ? IndicatorTree.arrange(IndicatorRows.framework(unit, year, p), List.of())
                : IndicatorTree.arrange(java.util.Optional.empty(), indicators);
        t.row(Cell.label("绩效指标").rows(1 + IndicatorTree.rows(blocks)).asVertical(),
                Cell.label("一级指标"), Cell.label("二级指标"), Cell.label("三级指标"), Cell.label("年度指标值"),
                Cell.label("实际完成值"), Cell.label("分值"), Cell.label("得分"), Cell.label("偏差原因分析及改进措施"));
        List<Cell> blank = java.util.Collections.nCopies(6, Cell.of(""));
        for (List<Cell> row : IndicatorRows.rows(IndicatorRows.Whose.project(p).weighted(p.categoryWeights), blocks, c -> EvaluationFigures.categoryLabel(p.categoryWeights, c),
                evaluated(p, year.year), (c, s) -> blank, p.mergedCategories)) {
            t.row(row.toArray(Cell[]::new));
        }
        t.row(Cell.label("总分").span(6),
                Cell.center(Bound.or(Bound.project(p, ProjectFields.STATED_WEIGHT_TOTAL), EvaluationFigures.totalWeight(weight, indicators))),
                Cell.center(Bound.or(Bound.project(p, ProjectFields.STATED_TOTAL_SCORE), EvaluationFigures.totalScore(se.statedTotalScore, fundsScore, indicators, year.year))), Cell.of(""));
        doc.add(t);

        doc.add(Paragraph.body(signLine(Bound.project(p, ProjectFields.SE_PREPARER), Bound.project(p, ProjectFields.SE_DATE),
                Bound.project(p, ProjectFields.SE_PHONE), Bound.project(p, ProjectFields.SE_HEAD))));
        return doc;
    }

    /** The six value cells of a self-evaluated 三级 of project {@code p} (null: of the 部门整体) in the form of {@code year}. */
    static java.util.function.Function<Indicator, List<Cell>> evaluated(Project p, int year) {
        return i -> List.of(Cell.of(Bound.indicator(p, i, IndicatorFields.NAME)), Cell.center(Bound.indicator(p, i, IndicatorFields.TARGET)),
                Cell.center(Bound.indicator(p, i, IndicatorFields.ACTUAL)), Cell.center(Bound.indicator(p, i, IndicatorFields.WEIGHT)),
                Cell.center(Bound.or(Bound.indicator(p, i, IndicatorFields.SCORE_STATED), EvaluationFigures.indicatorScore(i, year))),
                Cell.of(Bound.indicator(p, i, IndicatorFields.DEVIATION_CAUSE)));
    }

    /** '填报单位：（盖章）' at the left, the year centred: the seed's form line. */
    static String headLine(FiscalYear year) {
        return "填报单位：（盖章）\t" + yearLine(year) + "\t";
    }

    /** '（2022年度）'; a year not yet set leaves room to write it. */
    static String yearLine(FiscalYear year) {
        return "（" + (year.year > 0 ? String.valueOf(year.year) : "\u3000\u3000\u3000\u3000") + "年度）";
    }

    /** '填表人：… 填报日期：… 联系电话：… 单位负责人签字：…', blanks left for the pen. */
    static String signLine(Signature s) {
        Signature g = s == null ? new Signature() : s;
        return signLine(FieldText.plain(Text.of(g.preparer)), FieldText.plain(Text.of(g.date)),
                FieldText.plain(Text.of(g.phone)), FieldText.plain(Text.of(g.head))).text();
    }

    /** The same line with each name, date and phone bound to the field it prints. */
    static FieldText signLine(FieldText preparer, FieldText date, FieldText phone, FieldText head) {
        return FieldText.of("填表人：", preparer, "\t填报日期：", date, "\t联系电话：", phone, "\t单位负责人签字：", head);
    }

    private static Cell[] fundsRow(String label, FieldText initial, FieldText adjusted, FieldText executed,
                                   FieldText weight, FieldText rate, FieldText score) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.of(label));
        cells.add(Cell.amount(initial));
        cells.add(Cell.amount(adjusted));
        cells.add(Cell.amount(executed));
        cells.add(Cell.center(weight));
        cells.add(Cell.center(rate));
        cells.add(Cell.center(score).span(2));
        return cells.toArray(Cell[]::new);
    }
}
