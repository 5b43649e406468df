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
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.IndicatorFields;
import cn.jixiao.fields.ProjectFields;
import cn.jixiao.fields.UnitFields;

import java.util.List;
import java.util.function.Function;

/**
 * 项目支出绩效目标申报表 in the national style (国家通用): the project's particulars and funds as the
 * national 申报表 lists them, the 年度绩效目标, then the indicators with the columns of 财预〔2021〕101号's
 * indicator framework: 一级, 二级, 三级, 指标性质 (≥ ≤ = 定性: our 指标值类型), 指标值, 度量单位, 分值.
 * The 一级 and 二级 are the unit's framework's (成本指标 a 一级 where the framework has it), every
 * 二级 printed, a 二级 marked 不适用 saying so. No seed quotes the national form: labels the
 * indicator columns do not give follow the closest seed layout (怀远 2024's particulars, 湘阴 2023's
 * 项目属性 and the 填报 line of 衡阳 2022).
 */
public final class NationalDeclaration extends PerProjectLayout {
    /**
     * Millimetres of the 174 mm narrow portrait line: label, 一级, 二级, 三级, 指标性质, 指标值, 度量单位,
     * 分值. The label column holds four characters of the 10.5pt type on a line ('主管部门', '（万元）'),
     * 指标性质 and 度量单位 their header on one line.
     */
    static final double[] COLUMNS_MM = {20, 19, 23, 35, 19, 26, 19, 13};

    @Override
    public FormKind form() {
        return FormKind.DECLARATION;
    }

    @Override
    public FormStyle style() {
        return FormStyle.NATIONAL;
    }

    @Override
    public String title() {
        return "项目支出绩效目标申报表";
    }

    @Override
    protected FormDocument render(Unit unit, FiscalYear year, Project p) {
        FormDocument doc = new FormDocument(documentName(p), PageSetup.A4_PORTRAIT_NARROW);
        doc.add(Paragraph.title(title()));
        doc.add(Paragraph.subtitle(HengyangSelfEvaluation2022.yearLine(year)));
        doc.add(Paragraph.body(FieldText.of("填报单位（盖章）：", Bound.unit(unit, UnitFields.NAME), "\t金额单位：万元")));

        Table t = new Table(COLUMNS_MM);
        t.row(Cell.label("项目名称"), Cell.of(Bound.project(p, ProjectFields.NAME)).span(7));
        t.row(Cell.label("主管部门"), Cell.of(Bound.first(Bound.project(p, ProjectFields.SUPERVISING_DEPARTMENT),
                        Bound.unit(unit, UnitFields.SUPERVISING_DEPARTMENT))).span(3),
                Cell.label("实施单位").span(2), Cell.of(Bound.first(Bound.project(p, ProjectFields.IMPLEMENTING_UNIT),
                        Bound.unit(unit, UnitFields.NAME))).span(2));
        t.row(Cell.label("项目属性"), Cell.of(Bound.project(p, ProjectFields.ATTRIBUTE)).span(3),
                Cell.label("项目期").span(2), Cell.of(Bound.project(p, ProjectFields.PERIOD)).span(2));
        t.row(Cell.label("项目资金\n（万元）").rows(3), Cell.of("年度资金总额").span(3), Cell.amount(total(p)).span(4));
        t.row(Cell.of("其中：财政拨款").span(3), Cell.amount(fiscalAppropriation(p)).span(4));
        t.row(Cell.of("\u3000\u3000\u3000其他资金").span(3), Cell.amount(otherFunds(p)).span(4));
        t.row(Cell.label("年度绩效\n目标"), Cell.of(annualGoal(p)).span(7)).minHeightMm(20);

        List<IndicatorTree.Block> blocks = IndicatorTree.arrange(IndicatorRows.framework(unit, year, p), p.indicators);
        t.row(Cell.label("绩效指标").rows(1 + IndicatorTree.rows(blocks)).asVertical(), Cell.label("一级指标"),
                Cell.label("二级指标"), Cell.label("三级指标"), Cell.label("指标性质"), Cell.label("指标值"),
                Cell.label("度量单位"), Cell.label("分值"));
        List<Cell> blank = java.util.Collections.nCopies(5, Cell.of(""));
        List<Cell> notApplicable = List.of(Cell.center("不适用"), Cell.of(""), Cell.of(""), Cell.of(""), Cell.of(""));
        for (List<Cell> row : IndicatorRows.rows(IndicatorRows.Whose.project(p), blocks, c -> c, values(p),
                (c, s) -> IndicatorRows.notApplicable(p, c, s) ? notApplicable : blank)) {
            t.row(row.toArray(Cell[]::new));
        }
        doc.add(t);
        doc.add(Paragraph.body(HengyangSelfEvaluation2022.signLine(
                Bound.first(Bound.project(p, ProjectFields.PREPARER), Bound.unit(unit, UnitFields.PREPARER)),
                Bound.project(p, ProjectFields.DATE),
                Bound.first(Bound.project(p, ProjectFields.PHONE), Bound.unit(unit, UnitFields.PHONE)),
                Bound.first(Bound.project(p, ProjectFields.HEAD), Bound.unit(unit, UnitFields.HEAD)))));
        return doc;
    }

    /** The five cells of a 三级: name, 指标性质, 指标值, 度量单位, 分值. */
    private static Function<Indicator, List<Cell>> values(Project p) {
        return i -> List.of(Cell.of(Bound.indicator(p, i, IndicatorFields.NAME)),
                Cell.center(Bound.indicator(p, i, IndicatorFields.COMPARATOR)),
                Cell.center(Bound.indicator(p, i, IndicatorFields.TARGET)),
                Cell.center(Bound.indicator(p, i, IndicatorFields.UNIT_OF_MEASURE)),
                Cell.center(Bound.indicator(p, i, IndicatorFields.WEIGHT)));
    }
}
