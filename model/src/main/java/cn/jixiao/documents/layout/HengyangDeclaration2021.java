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

import java.util.ArrayList;
import java.util.List;

/**
 * 项目绩效目标申报表 as 衡阳市人民政府办公室 printed it for 2021 (seed 000): every 二级 of the
 * framework is printed, empty or not; the sign-off line sits under the table.
 */
public final class HengyangDeclaration2021 extends PerProjectLayout {
    @Override
    public FormKind form() {
        return FormKind.DECLARATION;
    }

    @Override
    public FormStyle style() {
        return FormStyle.HENGYANG_2021;
    }

    @Override
    public String title() {
        return "项目绩效目标申报表";
    }

    @Override
    protected FormDocument render(Unit unit, FiscalYear year, Project p) {
        FormDocument doc = new FormDocument(documentName(p), PageSetup.A4_PORTRAIT);
        doc.add(Paragraph.title(title()));
        doc.add(Paragraph.subtitle("（" + year.year + "年度）"));
        doc.add(Paragraph.body("填报单位（盖章）\t金额单位：万元"));

        Table t = new Table(13, 13, 19, 27, 28);
        t.row(Cell.label("项目名称"), Cell.of(Bound.project(p, ProjectFields.NAME)).span(4));
        t.row(Cell.label("预算单位"), Cell.of(Bound.unit(unit, UnitFields.NAME)).span(4));
        t.row(Cell.label("项目资金（万元）").rows(3), Cell.of(FieldText.of("资金总额：", total(p))).span(4));
        t.row(Cell.of(FieldText.of("其中：财政拨款：", fiscalAppropriation(p))).span(4));
        t.row(Cell.of(FieldText.of("其他资金：", otherFunds(p))).span(4));
        t.row(Cell.label("总体目标").rows(2), Cell.label("年度目标").span(4));
        t.row(Cell.of(annualGoal(p)).span(4)).minHeightMm(18);

        List<IndicatorTree.Block> blocks = IndicatorTree.arrange(IndicatorRows.framework(unit, year, p), p.indicators);
        t.row(Cell.label("绩效指标").rows(1 + IndicatorTree.rows(blocks)).asVertical(),
                Cell.label("一级指标"), Cell.label("二级指标"), Cell.label("三级指标"),
                Cell.label("指标值(包含数字及文字描述)"));
        for (List<Cell> row : IndicatorRows.rows(IndicatorRows.Whose.project(p), blocks, c -> c, IndicatorRows.nameAndTarget(p), 2)) {
            t.row(row.toArray(Cell[]::new));
        }
        List<String> review = new ArrayList<>();
        if (!Text.of(p.reviewOpinion).isEmpty()) {
            review.add(Text.of(p.reviewOpinion));
        }
        review.add("\n（盖章）");
        review.add("年\u3000\u3000月\u3000\u3000日");
        t.row(Cell.label("预算部门、财政部门审核意见"),
                Cell.of(String.join("\n", review)).span(4).align(Table.Align.RIGHT)).minHeightMm(30);
        doc.add(t);

        doc.add(Paragraph.body(FieldText.of("填报人：", Bound.first(Bound.project(p, ProjectFields.PREPARER),
                        Bound.unit(unit, UnitFields.PREPARER)),
                "\t联系电话：", Bound.first(Bound.project(p, ProjectFields.PHONE), Bound.unit(unit, UnitFields.PHONE)),
                "\t填报日期：", Bound.project(p, ProjectFields.DATE))));
        return doc;
    }
}
