package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormStyle;
import cn.jixiao.documents.FormKind;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.fields.UnitFields;
import cn.jixiao.fields.ProjectFields;
import cn.jixiao.documents.FieldText;
import cn.jixiao.documents.PageSetup;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.documents.Table;
import cn.jixiao.documents.Table.Cell;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;

import java.util.List;

/**
 * 项目支出绩效目标表 as 怀远县人民政府办公室 published it for 2024 (seed 003): project, department
 * with its code, source and period, the funds in three rows, the 年度目标 and the indicators
 * under the framework's 二级 (a 二级 marked 不适用 says so when it has no 三级).
 */
public final class HuaiyuanDeclaration2024 extends PerProjectLayout {
    @Override
    public FormKind form() {
        return FormKind.DECLARATION;
    }

    @Override
    public FormStyle style() {
        return FormStyle.HUAIYUAN_2024;
    }

    @Override
    public String title() {
        return "项目支出绩效目标表";
    }

    @Override
    protected FormDocument render(Unit unit, FiscalYear year, Project p) {
        FormDocument doc = new FormDocument(documentName(p), PageSetup.A4_PORTRAIT_NARROW);
        doc.add(Paragraph.title(title()));
        doc.add(Paragraph.subtitle("（" + year.year + "年度）"));
        doc.add(Paragraph.body("项目责任人：" + Text.of(p.manager) + "\t单位（盖章）：\t"));

        Table t = new Table(12, 13, 19, 32, 24);
        t.row(Cell.label("项目名称"), Cell.of(Bound.project(p, ProjectFields.NAME)).span(4));
        t.row(Cell.label("主管部门及代码"), Cell.of(department(unit, p)), Cell.label("实施单位"),
                Cell.of(Bound.first(Bound.project(p, ProjectFields.IMPLEMENTING_UNIT), Bound.unit(unit, UnitFields.NAME))).span(2));
        t.row(Cell.label("项目来源"), Cell.of(Bound.project(p, ProjectFields.SOURCE)), Cell.label("项目期"), Cell.of(Bound.project(p, ProjectFields.PERIOD)).span(2));
        t.row(Cell.label("项目资金\n（万元）").rows(3), Cell.of("年度资金总额：").span(2), Cell.amount(total(p)).span(2));
        t.row(Cell.of("其中：财政拨款").span(2), Cell.amount(fiscalAppropriation(p)).span(2));
        t.row(Cell.of("\u3000\u3000\u3000其他资金").span(2), Cell.amount(otherFunds(p)).span(2));
        t.row(Cell.label("年度\n目标"), Cell.of(annualGoal(p)).span(4)).minHeightMm(25);

        List<IndicatorTree.Block> blocks = IndicatorTree.arrange(IndicatorRows.framework(unit, year, p), p.indicators);
        t.row(Cell.label("绩效指标").rows(1 + IndicatorTree.rows(blocks)).asVertical(),
                Cell.label("一级\n指标"), Cell.label("二级指标"), Cell.label("三级指标"), Cell.label("指标值"));
        List<Cell> blank = List.of(Cell.of(""), Cell.of(""));
        List<Cell> notApplicable = List.of(Cell.of(""), Cell.center("不适用"));
        for (List<Cell> row : IndicatorRows.rows(IndicatorRows.Whose.project(p), blocks, c -> c, IndicatorRows.nameAndTarget(p),
                (c, s) -> IndicatorRows.notApplicable(p, c, s) ? notApplicable : blank)) {
            t.row(row.toArray(Cell[]::new));
        }
        doc.add(t);
        return doc;
    }

    /** '[003]怀远县人民政府办公室': the code in brackets before the department. */
    private static FieldText department(Unit unit, Project p) {
        FieldText name = Bound.first(Bound.project(p, ProjectFields.SUPERVISING_DEPARTMENT),
                Bound.unit(unit, UnitFields.SUPERVISING_DEPARTMENT));
        FieldText code = Bound.project(p, ProjectFields.SUPERVISING_DEPARTMENT_CODE);
        return code.isEmpty() ? name : FieldText.of("[", code, "]", name);
    }
}
