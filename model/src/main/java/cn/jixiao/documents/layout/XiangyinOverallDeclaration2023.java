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
import java.util.Map;
import java.util.Optional;

/**
 * 部门整体支出预算绩效目标申报表 as 湘阴县人民政府办公室 filed it for 2023 (seed 004, 附件1): the
 * unit's basic data, its income and expense budget and 三公经费, the year's goals, then the
 * indicators with the 一级 explained as the form explains them. Only the 二级 that carry
 * indicators are printed, as 湘阴 does; the indicator header is repeated above the 效益 block.
 */
public final class XiangyinOverallDeclaration2023 implements FormLayout {
    private static final Map<String, String> EXPLAINED = Map.of(
            "产出指标", "产出指标（预期提供的公共产品或服务，包括数量、质量、时效、成本等）",
            "效益指标", "效益指标（预期可能实现的效益，包括经济效益、社会效益、环境效益、可持续影响以及服务对象满意度等）");

    @Override
    public FormKind form() {
        return FormKind.OVERALL_DECLARATION;
    }

    @Override
    public FormStyle style() {
        return FormStyle.XIANGYIN_2023;
    }

    @Override
    public String title() {
        return "整体支出预算绩效目标申报表";
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
        doc.add(Paragraph.body("附件1"));
        doc.add(Paragraph.title(FieldText.of(y.year > 0 ? y.year + "年度" : "", Bound.unit(u, UnitFields.NAME), title())));
        doc.add(Paragraph.body(FieldText.of("填报单位（盖章）：", Bound.unit(u, UnitFields.NAME))));
        doc.add(Paragraph.body(FieldText.of("单位负责人：", Bound.first(Bound.overall(o, OverallFields.HEAD), Bound.unit(u, UnitFields.HEAD)))));

        Table t = new Table(8, 20, 18, 18, 18, 18);
        t.row(Cell.label("部门基本信息").rows(14).asVertical(), Cell.label("预算单位"),
                Cell.of(Bound.first(Bound.overall(o, OverallFields.BUDGET_UNIT), Bound.unit(u, UnitFields.NAME))).span(4));
        t.row(Cell.label("绩效管理联络员"), Cell.of(Bound.unit(u, UnitFields.LIAISON)), Cell.label("联系电话"),
                Cell.of(Bound.first(Bound.unit(u, UnitFields.LIAISON_PHONE), Bound.unit(u, UnitFields.PHONE))).span(2));
        t.row(Cell.label("人员编制数"), Cell.of(people(Bound.unit(u, UnitFields.AUTHORIZED_STAFF))), Cell.label("实有人数"),
                Cell.of(people(Bound.unit(u, UnitFields.ACTUAL_STAFF))).span(2));
        t.row(Cell.label("部门职能职责概述"), Cell.of(Bound.first(Bound.overall(o, OverallFields.FUNCTIONS_SUMMARY), Bound.unit(u, UnitFields.FUNCTIONS_SUMMARY))).span(4));
        t.row(Cell.label("单位年度收入预算（万元）").span(5));
        t.row(Cell.label("收入合计"), Cell.label("公共财政拨款"), Cell.label("政府性基金拨款"), Cell.label("非税收入拨款"),
                Cell.label("其他拨款"));
        FieldText income = Bound.or(Bound.overall(o, OverallFields.STATED_TOTAL), sum(Text.of(o.generalPublicBudget), Text.of(o.governmentFund),
                Text.of(o.specialAccount), Text.of(o.otherFunds)));
        t.row(Cell.amount(income), Cell.amount(Bound.overall(o, OverallFields.GENERAL_PUBLIC_BUDGET)), Cell.amount(Bound.overall(o, OverallFields.GOVERNMENT_FUND)),
                Cell.amount(Bound.overall(o, OverallFields.SPECIAL_ACCOUNT)), Cell.amount(Bound.overall(o, OverallFields.OTHER_FUNDS)));
        t.row(Cell.label("单位年度支出预算（万元）").span(5));
        t.row(Cell.label("支出合计"), Cell.label("基本支出").span(2), Cell.label("项目支出").span(2));
        FieldText expense = Bound.or(Bound.overall(o, OverallFields.STATED_EXPENSE_TOTAL),
                Text.first(sum(Text.of(o.basicExpense), Text.of(o.projectExpense)), income.text()));
        t.row(Cell.amount(expense), Cell.amount(Bound.overall(o, OverallFields.BASIC_EXPENSE)).span(2),
                Cell.amount(Bound.overall(o, OverallFields.PROJECT_EXPENSE)).span(2));
        t.row(Cell.label("其中"), Cell.label("三公经费预算（万元）").span(4));
        t.row(Cell.label("合计"), Cell.label("公务用车运行和购置费").span(2), Cell.label("因公出国（境）费"),
                Cell.label("公务接待费"));
        FieldText threePublic = Bound.or(Bound.overall(o, OverallFields.THREE_PUBLIC_STATED_TOTAL), sum(Text.of(o.officialVehicles),
                Text.of(o.overseasTravel), Text.of(o.officialReception)));
        t.row(Cell.amount(threePublic), Cell.amount(Bound.overall(o, OverallFields.OFFICIAL_VEHICLES)).span(2),
                Cell.amount(Bound.overall(o, OverallFields.OVERSEAS_TRAVEL)), Cell.amount(Bound.overall(o, OverallFields.OFFICIAL_RECEPTION)));
        t.row(Cell.of("").span(5));
        t.row(Cell.label("年度整体支出目标").asVertical(),
                Cell.of(Bound.goals(o, HengyangOverallSelfEvaluation2022.goals(o))).span(5)).minHeightMm(20);
        indicators(t, u, y, o);
        t.row(Cell.label("其他说明的问题"), Cell.of(Bound.overall(o, OverallFields.OTHER_NOTES)).span(5));
        t.row(Cell.label("财政部门审核意见").asVertical(), Cell.of(Bound.overall(o, OverallFields.REVIEW_OPINION)).span(5)).minHeightMm(25);
        doc.add(t);
        EvaluationFigures.markDifferences(doc, o);
        return List.of(doc);
    }

    private static void indicators(Table t, Unit u, FiscalYear y, UnitOverall o) {
        List<Indicator> indicators = o.indicators == null ? List.of() : o.indicators;
        List<IndicatorTree.Block> blocks = indicators.isEmpty()
                ? IndicatorTree.arrange(u.frameworkOf(y, null), List.of())
                : IndicatorTree.arrange(Optional.empty(), indicators);
        List<List<Cell>> rows = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            if (b > 0) {
                rows.add(header());
            }
            rows.addAll(IndicatorRows.rows(IndicatorRows.Whose.OVERALL, List.of(blocks.get(b)), c -> EXPLAINED.getOrDefault(c, c),
                    i -> List.of(Cell.of(Bound.indicator(null, i, IndicatorFields.NAME)).span(2), Cell.center(Bound.indicator(null, i, IndicatorFields.TARGET))),
                    (c, s) -> List.of(Cell.of("").span(2), Cell.of(""))));
        }
        List<Cell> first = new ArrayList<>();
        first.add(Cell.label("部门整体支出年度绩效指标").rows(1 + rows.size()).asVertical());
        first.addAll(header());
        t.row(first.toArray(Cell[]::new));
        for (List<Cell> r : rows) {
            t.row(r.toArray(Cell[]::new));
        }
    }

    private static List<Cell> header() {
        return List.of(Cell.label("一级指标"), Cell.label("二级指标"), Cell.label("三级指标").span(2), Cell.label("指标值"));
    }

    /** '70' as the form prints a head count: '70人'; anything else as written. */
    private static FieldText people(FieldText count) {
        return EvaluationFigures.number(count.text()).isPresent() ? FieldText.of(count, "人") : count;
    }

    private static String sum(String... cells) {
        return EvaluationFigures.plain(EvaluationFigures.sum(List.of(cells)));
    }
}
