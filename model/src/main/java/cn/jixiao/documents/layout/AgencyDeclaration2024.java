package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormStyle;
import cn.jixiao.documents.FormKind;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.fields.IndicatorFields;
import cn.jixiao.fields.UnitFields;
import cn.jixiao.fields.ProjectFields;
import cn.jixiao.documents.FormLayout;
import cn.jixiao.documents.PageSetup;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.documents.Table;
import cn.jixiao.documents.Table.Cell;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.target.TargetParser;

import java.util.ArrayList;
import java.util.List;

/**
 * The wide 项目支出绩效目标表 of 衡阳市机关事务管理局 for 2024 (seed 002): one landscape table
 * for all projects of the year. Its first data row is the unit itself with the sum of the
 * projects' amounts; each project then lists every 二级 of the framework with its 三级,
 * 指标值内容, 评(扣)分标准, 度量单位, 指标值类型 and 备注.
 */
public final class AgencyDeclaration2024 implements FormLayout {
    private static final int INDICATOR_VALUE_COLUMNS = 7;

    @Override
    public FormKind form() {
        return FormKind.DECLARATION;
    }

    @Override
    public FormStyle style() {
        return FormStyle.AGENCY_2024;
    }

    @Override
    public String title() {
        return "项目支出绩效目标表";
    }

    @Override
    public boolean perProject() {
        return false;
    }

    @Override
    public List<FormDocument> render(Unit unit, FiscalYear year, List<Project> projects) {
        Unit u = unit == null ? new Unit() : unit;
        FiscalYear y = year == null ? new FiscalYear() : year;
        List<Project> ps = new ArrayList<>();
        for (Project p : projects == null ? List.<Project>of() : projects) {
            if (p != null) {
                ps.add(p);
            }
        }
        FormDocument doc = new FormDocument(title(), PageSetup.A4_LANDSCAPE);
        doc.add(Paragraph.title(title()));
        doc.add(Paragraph.body("单位：" + Text.of(u.name)));
        doc.add(new Paragraph("金额单位：万元", Paragraph.Style.BODY, Paragraph.Align.RIGHT));

        // millimetres of the 267 mm landscape line: '092001' and '133.00' stay on one line; a longer
        // figure (a four-decimal 资金总额 of thousands) keeps to one line by a smaller type
        // (FormFonts.fitFigures) rather than a wider column, which would cost the seed a page
        Table t = new Table(14.5, 22, 12, 14, 28, 12, 16, 26, 16, 33, 44.5, 9, 11, 9).headerRows(2);
        t.row(Cell.label("单位代码").rows(2), Cell.label("单位（专项）名称").rows(2), Cell.label("支出方向").rows(2),
                Cell.label("资金总额").rows(2), Cell.label("实施期绩效目标").rows(2), Cell.label("绩效指标").span(9));
        t.row(Cell.label("一级指标"), Cell.label("二级指标"), Cell.label("三级指标"), Cell.label("指标值"),
                Cell.label("指标值内容"), Cell.label("评（扣）分标准"), Cell.label("度量单位"), Cell.label("指标值类型"),
                Cell.label("备注"));

        List<Cell> unitRow = new ArrayList<>(List.of(Cell.center(Bound.unit(u, UnitFields.CODE)), Cell.of(Bound.unit(u, UnitFields.NAME)),
                Cell.of(""), Cell.amount(sum(ps)), Cell.of("")));
        for (int k = 0; k < 2 + INDICATOR_VALUE_COLUMNS; k++) {
            unitRow.add(Cell.of(""));
        }
        t.row(unitRow.toArray(Cell[]::new));

        for (Project p : ps) {
            List<IndicatorTree.Block> blocks = IndicatorTree.arrange(IndicatorRows.framework(u, y, p), p.indicators);
            List<Cell> blank = java.util.Collections.nCopies(INDICATOR_VALUE_COLUMNS, Cell.of(""));
            List<Cell> notApplicable = new ArrayList<>(blank);
            notApplicable.set(0, Cell.center("不适用"));
            List<List<Cell>> rows = IndicatorRows.rows(IndicatorRows.Whose.project(p), blocks, c -> c, values(p),
                    (c, s) -> IndicatorRows.notApplicable(p, c, s) ? notApplicable : blank);
            int span = Math.max(1, rows.size());
            List<Cell> lead = List.of(
                    Cell.center(Bound.first(Bound.project(p, ProjectFields.UNIT_CODE), Bound.unit(u, UnitFields.CODE))).rows(span),
                    Cell.of(Bound.project(p, ProjectFields.NAME)).rows(span),
                    Cell.of(Bound.project(p, ProjectFields.EXPENSE_DIRECTION)).rows(span),
                    Cell.amount(PerProjectLayout.total(p)).rows(span),
                    Cell.of(Bound.first(PerProjectLayout.annualGoal(p), Bound.project(p, ProjectFields.LONG_TERM_GOAL))).rows(span));
            if (rows.isEmpty()) {
                List<Cell> only = new ArrayList<>(lead);
                for (int k = 0; k < 2 + INDICATOR_VALUE_COLUMNS; k++) {
                    only.add(Cell.of(""));
                }
                t.row(only.toArray(Cell[]::new));
                continue;
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Cell> row = new ArrayList<>();
                if (r == 0) {
                    row.addAll(lead);
                }
                row.addAll(rows.get(r));
                t.row(row.toArray(Cell[]::new));
            }
        }
        doc.add(t);
        return List.of(doc);
    }

    private static java.util.function.Function<Indicator, List<Cell>> values(Project p) {
        return i -> List.of(Cell.of(Bound.indicator(p, i, IndicatorFields.NAME)), Cell.center(Bound.indicator(p, i, IndicatorFields.TARGET)),
                Cell.of(Bound.indicator(p, i, IndicatorFields.TARGET_CONTENT)), Cell.of(Bound.indicator(p, i, IndicatorFields.SCORING_RULE)),
                Cell.center(Bound.indicator(p, i, IndicatorFields.UNIT_OF_MEASURE)),
                Cell.center(Bound.or(Bound.indicator(p, i, IndicatorFields.COMPARATOR), TargetParser.parse(i.target).statedType())),
                Cell.of(Bound.indicator(p, i, IndicatorFields.REMARK)));
    }

    /** The unit row's 资金总额: the projects' amounts added up as written ({@link EvaluationFigures#sumAsWritten}). */
    private static String sum(List<Project> projects) {
        List<String> amounts = new ArrayList<>();
        for (Project p : projects) {
            amounts.add(PerProjectLayout.total(p).text());
        }
        return EvaluationFigures.sumAsWritten(amounts);
    }
}
