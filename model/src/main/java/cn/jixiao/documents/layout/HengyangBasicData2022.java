package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormStyle;
import cn.jixiao.documents.FormKind;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.fields.UnitFields;
import cn.jixiao.fields.BasicDataFields;
import cn.jixiao.documents.FormLayout;
import cn.jixiao.documents.PageSetup;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.documents.Table;
import cn.jixiao.documents.Table.Cell;
import cn.jixiao.domain.BasicDataColumn;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataTable;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.unitlevel.BasicDataGenerator;

import java.util.List;
import java.util.Objects;

/**
 * 部门整体支出绩效评价基础数据表 as 衡阳市人民政府办公室 printed it for 2022 (seed 001, 附件2):
 * staff and 控制率, then 经费控制情况 in three money columns (上年决算, 本年预算, 本年决算), one
 * line per project under its 专项. A year without rows gets the form's standard lines with the
 * year's projects, so the clerk starts from the skeleton the finance bureau expects.
 */
public final class HengyangBasicData2022 implements FormLayout {
    /** The 说明 the finance bureau prints under the table. */
    static final String STANDARD_NOTE = "说明：“项目支出”需要填报基本支出以外的所有项目支出情况，包括业务工作项目、运行维护项目和"
            + "市级专项资金等；“公用经费”填报基本支出中的一般商品和服务支出。";

    @Override
    public FormKind form() {
        return FormKind.BASIC_DATA;
    }

    @Override
    public FormStyle style() {
        return FormStyle.HENGYANG_2022;
    }

    @Override
    public String title() {
        return "部门整体支出绩效评价基础数据表";
    }

    @Override
    public boolean perProject() {
        return false;
    }

    @Override
    public List<FormDocument> render(Unit unit, FiscalYear year, List<Project> projects) {
        Unit u = unit == null ? new Unit() : unit;
        FiscalYear y = year == null ? new FiscalYear() : year;
        BasicDataTable b = y.basicData == null ? new BasicDataTable() : y.basicData;
        FormDocument doc = new FormDocument(title() + "-" + Text.of(u.name), PageSetup.A4_PORTRAIT);
        doc.add(Paragraph.body("附件2"));
        doc.add(Paragraph.title(title()));
        doc.add(Paragraph.body("填报单位：（盖章）"));

        String last = y.year > 0 ? String.valueOf(y.year - 1) : "\u3000\u3000";
        String current = y.year > 0 ? String.valueOf(y.year) : "\u3000\u3000";
        Table t = new Table(40, 20, 20, 20);
        String authorized = b.authorizedStaff(u);
        String actual = b.actualStaff(u);
        String rate = EvaluationFigures.rate(b.statedControlRate, b.controlRate(u));
        t.row(Cell.label("财政供养人员情况"), Cell.label("编制数"), Cell.label(last + "年实际在职人数"), Cell.label("控制率"));
        t.row(Cell.of(""), Cell.center(Bound.first(Bound.basicData(b, BasicDataFields.AUTHORIZED_STAFF),
                        Bound.unit(u, UnitFields.AUTHORIZED_STAFF))),
                Cell.center(Bound.first(Bound.basicData(b, BasicDataFields.ACTUAL_STAFF), Bound.unit(u, UnitFields.ACTUAL_STAFF))),
                Cell.center(Bound.or(Bound.basicData(b, BasicDataFields.STATED_CONTROL_RATE), rate)));
        t.row(Cell.label("经费控制情况"), Cell.label(last + "年决算数"), Cell.label(current + "年预算数"),
                Cell.label(current + "年决算数"));
        List<BasicDataRow> rows = b.rows == null || b.rows.isEmpty() ? skeleton(u, y, projects) : b.rows;
        for (int k = 0; k < rows.size(); k++) {
            BasicDataRow r = rows.get(k);
            if (r == null) {
                continue;
            }
            if (rows != b.rows) {
                // the skeleton a year without rows starts from: no row of the data yet
                t.row(Cell.of(Text.first(r.label, r.kind().printedLabel)), Cell.amount(Text.of(r.lastYearFinal)),
                        Cell.amount(Text.of(r.thisYearBudget)), Cell.amount(Text.of(r.thisYearFinal)));
                continue;
            }
            // the line's kind shows only through its label (and the subtotals it makes): carried
            Bound.carry(doc, Bound.basicDataRow(k, r, BasicDataFields.ROW_KIND));
            // a subtotal left blank prints what its lines add up to (not bound: no value of the field)
            t.row(Cell.of(Bound.or(Bound.basicDataRow(k, r, BasicDataFields.ROW_LABEL), r.kind().printedLabel)),
                    Cell.amount(Bound.or(Bound.basicDataRow(k, r, BasicDataFields.LAST_YEAR_FINAL), subtotal(b, k, BasicDataColumn.LAST_YEAR_FINAL))),
                    Cell.amount(Bound.or(Bound.basicDataRow(k, r, BasicDataFields.THIS_YEAR_BUDGET), subtotal(b, k, BasicDataColumn.THIS_YEAR_BUDGET))),
                    Cell.amount(Bound.or(Bound.basicDataRow(k, r, BasicDataFields.THIS_YEAR_FINAL), subtotal(b, k, BasicDataColumn.THIS_YEAR_FINAL))));
        }
        t.row(Cell.label("厉行节约保障措施"), Cell.of(Bound.basicData(b, BasicDataFields.SAVING_MEASURES)).span(3)).minHeightMm(25);
        doc.add(t);
        doc.add(Paragraph.note(Text.first(b.note, STANDARD_NOTE)));
        doc.add(Paragraph.body(HengyangSelfEvaluation2022.signLine(Bound.basicData(b, BasicDataFields.PREPARER),
                Bound.basicData(b, BasicDataFields.DATE), Bound.basicData(b, BasicDataFields.PHONE),
                Bound.basicData(b, BasicDataFields.HEAD))));
        return List.of(doc);
    }

    /** The subtotal at row {@code k} as its lines add up ({@link BasicDataTable#computed}), or "". */
    private static String subtotal(BasicDataTable b, int k, BasicDataColumn column) {
        return EvaluationFigures.plain(b.computed(k, column));
    }

    /**
     * The standard lines, with the year's projects under their 专项: the editor's 生成 of an empty
     * table ({@link BasicDataGenerator}), so the printed skeleton is the one the clerk would start from.
     */
    static List<BasicDataRow> skeleton(Unit unit, FiscalYear year, List<Project> projects) {
        FiscalYear view = new FiscalYear(year.year);
        List<Project> all = projects == null ? year.projects : projects;
        view.projects = all == null ? List.of() : all.stream().filter(Objects::nonNull).toList();
        return BasicDataGenerator.generate(unit, view).rows();
    }
}
