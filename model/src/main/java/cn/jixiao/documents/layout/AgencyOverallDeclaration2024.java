package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormStyle;
import cn.jixiao.documents.FormKind;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.fields.IndicatorFields;
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

import java.util.ArrayList;
import java.util.List;

/**
 * 整体支出绩效目标表 as 衡阳市机关事务管理局 printed it for 2024 (seed 002): one wide landscape
 * table, the unit's budget and goal on the left spanning every indicator row, the indicators with
 * 指标值类型, 计量单位, 指标解释 and 评（扣）分标准 on the right. Every 二级 of the framework is
 * printed, empty or not, as the seed prints 社会成本指标 and 生态环境成本指标.
 */
public final class AgencyOverallDeclaration2024 implements FormLayout {

    @Override
    public FormKind form() {
        return FormKind.OVERALL_DECLARATION;
    }

    @Override
    public FormStyle style() {
        return FormStyle.AGENCY_2024;
    }

    @Override
    public String title() {
        return "整体支出绩效目标表";
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
        FormDocument doc = new FormDocument(title() + "-" + Text.of(u.name), PageSetup.A4_LANDSCAPE);
        doc.add(Paragraph.title(title()));
        doc.add(Paragraph.subtitle(Text.of(u.name)));
        doc.add(new Paragraph("金额单位：万元", Paragraph.Style.BODY, Paragraph.Align.RIGHT));

        // millimetres of the 267 mm landscape line: the code, the seven amounts (.705.86.) and the seed's 计量单位 '1577个' on one line
        Table t = new Table(14.5, 15, 14, 14, 14, 14, 14, 14, 14, 20, 11, 12, 16.5, 9, 12, 15, 18, 26)
                .headerRows(3);
        t.row(Cell.label("单位编码").rows(3), Cell.label("单位名称").rows(3), Cell.label("年度预算申请").span(7),
                Cell.label("整体绩效目标").rows(3), Cell.label("部门整体支出年度绩效目标").span(8));
        t.row(Cell.label("资金总额").rows(2), Cell.label("按收入性质分").span(4), Cell.label("按支出性质分").span(2),
                Cell.label("一级指标").rows(2), Cell.label("二级指标").rows(2), Cell.label("三级指标").rows(2),
                Cell.label("指标值类型").rows(2), Cell.label("指标值").rows(2), Cell.label("计量单位").rows(2),
                Cell.label("指标解释").rows(2), Cell.label("评（扣）分标准").rows(2));
        t.row(Cell.label("一般公共预算"), Cell.label("政府性基金拨款"), Cell.label("财政专户管理资金"), Cell.label("其他资金"),
                Cell.label("基本支出"), Cell.label("项目支出"));

        List<Indicator> indicators = o.indicators == null ? List.of() : o.indicators;
        List<IndicatorTree.Block> blocks = IndicatorTree.arrange(u.frameworkOf(y, null), indicators);
        List<List<Cell>> rows = IndicatorRows.rows(IndicatorRows.Whose.OVERALL, blocks, c -> c, AgencyOverallDeclaration2024::described, 6);
        int span = Math.max(1, rows.size());
        FieldText total = Bound.or(Bound.overall(o, OverallFields.STATED_TOTAL), EvaluationFigures.plain(EvaluationFigures.sum(List.of(
                Text.of(o.generalPublicBudget), Text.of(o.governmentFund), Text.of(o.specialAccount),
                Text.of(o.otherFunds)))));
        List<Cell> unitCells = List.of(Cell.center(Bound.unit(u, UnitFields.CODE)), Cell.center(Bound.unit(u, UnitFields.NAME)),
                Cell.amount(total), Cell.amount(Bound.overall(o, OverallFields.GENERAL_PUBLIC_BUDGET)), Cell.amount(Bound.overall(o, OverallFields.GOVERNMENT_FUND)),
                Cell.amount(Bound.overall(o, OverallFields.SPECIAL_ACCOUNT)), Cell.amount(Bound.overall(o, OverallFields.OTHER_FUNDS)),
                Cell.amount(Bound.overall(o, OverallFields.BASIC_EXPENSE)), Cell.amount(Bound.overall(o, OverallFields.PROJECT_EXPENSE)),
                Cell.of(Bound.goals(o, HengyangOverallSelfEvaluation2022.goals(o))));
        if (rows.isEmpty()) {
            rows.add(new ArrayList<>(java.util.Collections.nCopies(8, Cell.of(""))));
        }
        for (int k = 0; k < rows.size(); k++) {
            List<Cell> row = new ArrayList<>();
            if (k == 0) {
                unitCells.forEach(c -> row.add(c.rows(span)));
            }
            row.addAll(rows.get(k));
            t.row(row.toArray(Cell[]::new));
        }
        doc.add(t);
        EvaluationFigures.markDifferences(doc, o);
        return List.of(doc);
    }

    /** The six cells of a 三级 in the wide table. */
    static List<Cell> described(Indicator i) {
        return List.of(Cell.of(Bound.indicator(null, i, IndicatorFields.NAME)), Cell.center(Bound.indicator(null, i, IndicatorFields.COMPARATOR)), Cell.center(Bound.indicator(null, i, IndicatorFields.TARGET)),
                Cell.center(Bound.indicator(null, i, IndicatorFields.UNIT_OF_MEASURE)), Cell.of(Bound.indicator(null, i, IndicatorFields.TARGET_CONTENT)), Cell.of(Bound.indicator(null, i, IndicatorFields.SCORING_RULE)));
    }
}
