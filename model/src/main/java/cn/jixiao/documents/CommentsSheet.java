package cn.jixiao.documents;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.FieldCatalogue;
import cn.jixiao.fields.FieldComment;

import java.util.List;

/**
 * 意见及处理情况: the last sheet (or section) of an export when the year has 意见 on its fields —
 * each field, the remark, who made it and when, and how the clerk handled it — so the clerk's
 * answer goes back to the finance bureau with the corrected workbook.
 */
public final class CommentsSheet {
    public static final String TITLE = "意见及处理情况";

    private CommentsSheet() {
    }

    public static FormDocument of(Unit unit, FiscalYear year, List<FieldComment> comments) {
        FormDocument d = new FormDocument(TITLE, PageSetup.A4_LANDSCAPE);
        d.add(Paragraph.title(year.year + "年度" + TITLE));
        d.add(Paragraph.subtitle("单位：" + unit.name));
        Table t = new Table(0.6, 3.2, 4.2, 1.6, 3.4).headerRows(1);
        t.row(Table.Cell.center("序号").bold(), Table.Cell.center("字段").bold(), Table.Cell.center("意见").bold(),
                Table.Cell.center("提出").bold(), Table.Cell.center("处理情况").bold());
        int n = 0;
        for (FieldComment c : comments) {
            t.row(Table.Cell.center(String.valueOf(++n)), Table.Cell.of(FieldCatalogue.describe(unit, year, c.at)),
                    Table.Cell.of(c.text), Table.Cell.of(c.author + (c.date == null ? "" : "\n" + c.date)),
                    Table.Cell.of(c.handling()));
        }
        d.add(t);
        return d;
    }
}
