package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormStyle;
import cn.jixiao.documents.FormKind;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.fields.ProjectFields;
import cn.jixiao.fields.UnitFields;
import cn.jixiao.documents.FieldText;
import cn.jixiao.documents.FormLayout;
import cn.jixiao.documents.PageSetup;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.documents.Table;
import cn.jixiao.documents.Table.Cell;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;

import java.util.List;

/**
 * 项目支出绩效目标公开清单 (seed 003, first table): one list for the year, 序号, 项目名称 and
 * 预算金额 as the list prints it (the declaration's total when no list amount was written).
 */
public final class HuaiyuanDisclosure2024 implements FormLayout {
    @Override
    public FormKind form() {
        return FormKind.DISCLOSURE;
    }

    @Override
    public FormStyle style() {
        return FormStyle.HUAIYUAN_2024;
    }

    @Override
    public String title() {
        return "项目支出绩效目标公开清单";
    }

    @Override
    public boolean perProject() {
        return false;
    }

    @Override
    public List<FormDocument> render(Unit unit, FiscalYear year, List<Project> projects) {
        Unit u = unit == null ? new Unit() : unit;
        FiscalYear y = year == null ? new FiscalYear() : year;
        FormDocument doc = new FormDocument(title(), PageSetup.A4_PORTRAIT);
        doc.add(Paragraph.title(Bound.first(Bound.year(y, UnitFields.DISCLOSURE_TITLE),
                FieldText.of(Bound.unit(u, UnitFields.NAME), y.year + "年度项目支出绩效目标"))));
        doc.add(Paragraph.subtitle(title()));
        Table t = new Table(10, 60, 30).headerRows(1);
        t.row(Cell.label("序号"), Cell.label("项目名称"), Cell.label("预算金额（单位：万元）"));
        int n = 0;
        List<String> amounts = new java.util.ArrayList<>();
        for (Project p : projects == null ? List.<Project>of() : projects) {
            if (p == null) {
                continue;
            }
            n++;
            FieldText amount = Bound.first(Bound.project(p, ProjectFields.DISCLOSURE_AMOUNT), PerProjectLayout.total(p));
            t.row(Cell.center(String.valueOf(n)), Cell.of(Bound.project(p, ProjectFields.NAME)), Cell.amount(amount));
            amounts.add(amount.text());
        }
        // the list's 合计: the printed amounts added up (EvaluationFigures#sumAsWritten)
        t.row(Cell.label("合计").span(2), Cell.amount(EvaluationFigures.sumAsWritten(amounts)));
        doc.add(t);
        if (!Text.of(y.disclosureNote).isEmpty()) {
            doc.add(Paragraph.note(Bound.year(y, UnitFields.DISCLOSURE_NOTE)));
        }
        return List.of(doc);
    }
}
