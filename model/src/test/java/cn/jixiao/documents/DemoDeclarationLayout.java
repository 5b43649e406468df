package cn.jixiao.documents;

import cn.jixiao.domain.ExpenseLine;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.documents.Table.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * A small but real declaration layout (after the 衡阳 2021 项目绩效目标申报表) that uses every
 * feature the writers support: title and subtitle, spans in both directions, a vertical label,
 * amounts, repeated header rows, multi-line text, two tables with different grids, a dense
 * table and a page break. Registered for tests only, through the test services file.
 */
public class DemoDeclarationLayout implements FormLayout {
    public static final String FORM = "demo-declaration";
    public static final String STYLE = "demo-2021";

    @Override
    public FormKind form() {
        return new FormKind(FORM, cn.jixiao.domain.Stage.DECLARATION);
    }

    @Override
    public FormStyle style() {
        return new FormStyle(STYLE);
    }

    @Override
    public String title() {
        return "项目绩效目标申报表";
    }

    @Override
    public boolean perProject() {
        return true;
    }

    @Override
    public List<FormDocument> render(Unit unit, FiscalYear year, List<Project> projects) {
        List<FormDocument> out = new ArrayList<>();
        for (Project p : projects) {
            out.add(render(unit, year, p));
        }
        return out;
    }

    private FormDocument render(Unit unit, FiscalYear year, Project p) {
        FormDocument d = new FormDocument(title() + "-" + p.name, PageSetup.A4_PORTRAIT_NARROW);
        d.add(Paragraph.title(title()));
        d.add(Paragraph.subtitle("（" + year.year + "年度）"));
        d.add(new Paragraph("填报单位（盖章）：" + unit.name + "\t金额单位：万元", Paragraph.Style.BODY, Paragraph.Align.LEFT));

        Table head = new Table(2.2, 2.2, 3.2, 3.0, 5.0);
        head.row(Cell.label("项目名称").span(2), Cell.of(p.name).span(3));
        head.row(Cell.label("预算单位").span(2), Cell.of(unit.name).span(3));
        head.row(Cell.label("项目资金（万元）").span(2).rows(3), Cell.of("资金总额"), Cell.amount(p.funds.statedTotal.text()).span(2));
        head.row(Cell.of("其中：财政拨款"), Cell.amount(p.funds.fiscalAppropriation.text()).span(2));
        head.row(Cell.of("其他资金"), Cell.amount(p.funds.otherFunds.text()).span(2));
        head.row(Cell.label("总体目标").rows(2), Cell.label("长期目标"), Cell.of(p.longTermGoal).span(3));
        head.row(Cell.label("年度目标"), Cell.of(p.annualGoal).span(3)).minHeightMm(15);
        d.add(head);

        Table ind = new Table(1.2, 2.2, 3.2, 3.0, 5.0).headerRows(1);
        List<Indicator> list = p.indicators;
        ind.row(Cell.label("绩效指标").asVertical().rows(list.size() + 1), Cell.label("一级指标"), Cell.label("二级指标"),
                Cell.label("三级指标"), Cell.label("指标值（包含数字及文字描述）"));
        for (int i = 0; i < list.size(); i++) {
            Indicator x = list.get(i);
            List<Cell> cells = new ArrayList<>();
            if (i == 0 || !list.get(i - 1).category.equals(x.category)) {
                cells.add(Cell.center(x.category).rows(run(list, i, true)));
            }
            if (i == 0 || !list.get(i - 1).subcategory.equals(x.subcategory) || !list.get(i - 1).category.equals(x.category)) {
                cells.add(Cell.center(x.subcategory).rows(run(list, i, false)));
            }
            cells.add(Cell.of(x.name));
            cells.add(Cell.of(x.target));
            ind.row(cells.toArray(Cell[]::new));
        }
        ind.row(Cell.label("预算部门、财政部门审核意见").span(2),
                Cell.of(p.reviewOpinion.isBlank() ? "（盖章）\n年　　月　　日" : p.reviewOpinion).span(3).align(Table.Align.RIGHT))
                .minHeightMm(22);
        d.add(ind);
        d.add(Paragraph.body("填报人：" + p.signature.preparer + "\t联系电话：" + p.signature.phone + "\t填报日期：" + p.signature.date));

        d.add(new FormDocument.PageBreak());
        d.add(new Paragraph("附：支出明细及指标说明", Paragraph.Style.HEADING, Paragraph.Align.LEFT));
        Table lines = new Table(1, 5, 2.2, 2.2, 4.6).headerRows(1);
        lines.row(Cell.label("序号"), Cell.label("项　目"), Cell.label("上年度安排资金"), Cell.label("本年度申请资金"),
                Cell.label("测算依据及说明"));
        int n = 1;
        for (ExpenseLine e : p.expenseLines) {
            lines.row(Cell.center(String.valueOf(n++)), Cell.of(e.item), Cell.amount(e.lastYear.text()),
                    Cell.amount(e.thisYear.text()), Cell.of(e.basis));
        }
        lines.row(Cell.label("合　计").span(2), Cell.amount(total(p.expenseLinesLastYearStatedTotal, p, false)).bold(),
                Cell.amount(total(p.expenseLinesStatedTotal, p, true)).bold(), Cell.of(""));
        d.add(lines);

        Table wide = new Table(2, 2, 3, 2, 1.2, 1.2, 1, 4, 1.5).headerRows(1);
        wide.row(Cell.label("一级指标"), Cell.label("二级指标"), Cell.label("三级指标"), Cell.label("指标值"), Cell.label("度量单位"),
                Cell.label("指标值类型"), Cell.label("分值"), Cell.label("评（扣）分标准"), Cell.label("备注"));
        for (Indicator x : list) {
            wide.row(Cell.of(x.category), Cell.of(x.subcategory), Cell.of(x.name), Cell.of(x.target), Cell.center(x.unitOfMeasure),
                    Cell.center(x.comparator), Cell.amount(x.weight), Cell.of(x.scoringRule), Cell.of(x.remark));
        }
        d.add(wide);
        d.add(Paragraph.note("注：本表由填报单位据实填写。"));
        return d;
    }

    /** How many indicators from i on share its 一级 (and, when !categoryOnly, its 二级). */
    private static int run(List<Indicator> list, int i, boolean categoryOnly) {
        Indicator first = list.get(i);
        int n = 1;
        while (i + n < list.size()) {
            Indicator x = list.get(i + n);
            if (!x.category.equals(first.category) || !categoryOnly && !x.subcategory.equals(first.subcategory)) {
                break;
            }
            n++;
        }
        return n;
    }

    /** The 合计 as stated, else what the lines add up to: a form never prints a blank total of typed lines. */
    private static String total(cn.jixiao.domain.Amount stated, Project p, boolean thisYear) {
        if (!stated.isEmpty()) {
            return stated.text();
        }
        java.math.BigDecimal sum = null;
        for (ExpenseLine e : p.expenseLines) {
            java.util.Optional<java.math.BigDecimal> v = (thisYear ? e.thisYear : e.lastYear).value();
            if (v.isPresent()) {
                sum = sum == null ? v.get() : sum.add(v.get());
            }
        }
        return sum == null ? "" : cn.jixiao.domain.MoneyText.plain(sum);
    }
}
