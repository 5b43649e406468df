package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.FormLayout;
import cn.jixiao.documents.PageSetup;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.ReportSection;
import cn.jixiao.domain.SelfEvaluationReport;
import cn.jixiao.domain.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * 部门整体支出绩效自评报告 as 衡阳市人民政府办公室 wrote it for 2022 (seed 001): a cover page for the
 * stamp and the head's signature, then the numbered sections, titles as headings and each
 * paragraph of text indented. A report not yet written shows the nine standard section titles.
 */
public final class HengyangReport2022 implements FormLayout {
    static final String TITLE = "部门整体支出绩效自评报告";
    /** The nine sections every 自评报告 has, in order. */
    static final List<String> STANDARD_SECTIONS = List.of("部门、单位基本情况", "一般公共预算支出情况",
            "政府性基金预算支出情况", "国有资本经营预算支出情况", "社会保险基金预算支出情况", "部门整体支出绩效情况",
            "存在的问题及原因分析", "下一步改进措施", "其他需要说明的情况");
    private static final List<String> NUMBERS = List.of("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、");

    @Override
    public String form() {
        return "report";
    }

    @Override
    public String style() {
        return "hengyang-2022";
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public boolean perProject() {
        return false;
    }

    @Override
    public List<FormDocument> render(Unit unit, FiscalYear year, List<Project> projects) {
        Unit u = unit == null ? new Unit() : unit;
        FiscalYear y = year == null ? new FiscalYear() : year;
        SelfEvaluationReport r = y.report == null ? new SelfEvaluationReport() : y.report;
        String title = Text.first(r.title, TITLE);
        FormDocument doc = new FormDocument(title + "-" + Text.of(u.name), PageSetup.A4_PORTRAIT);

        if (!Text.of(r.attachmentLabel).isEmpty()) {
            doc.add(Paragraph.body(Text.of(r.attachmentLabel)));
        }
        doc.add(Paragraph.subtitle(Text.of(u.name)));
        doc.add(Paragraph.title(title));
        doc.add(Paragraph.subtitle(Text.first(r.yearLine, HengyangSelfEvaluation2022.yearLine(y))));
        for (int k = 0; k < 8; k++) {
            doc.add(Paragraph.body(""));
        }
        doc.add(Paragraph.body(Text.first(r.coverUnitLabel, "单位名称：（盖章）")));
        doc.add(Paragraph.body(Text.first(r.coverHeadLabel, "主要负责人签字：")));
        doc.add(new Paragraph(Text.first(r.coverDate, "\u3000\u3000年\u3000\u3000月\u3000\u3000日"),
                Paragraph.Style.BODY, Paragraph.Align.RIGHT));
        doc.add(new FormDocument.PageBreak());

        doc.add(Paragraph.title(title));
        for (ReportSection s : sections(r)) {
            addSection(doc, s);
        }
        return List.of(doc);
    }

    private static List<ReportSection> sections(SelfEvaluationReport r) {
        if (r.sections != null && !r.sections.isEmpty()) {
            return r.sections;
        }
        List<ReportSection> out = new ArrayList<>();
        for (int k = 0; k < STANDARD_SECTIONS.size(); k++) {
            ReportSection s = new ReportSection();
            s.number = NUMBERS.get(k);
            s.title = STANDARD_SECTIONS.get(k);
            out.add(s);
        }
        return out;
    }

    private static void addSection(FormDocument doc, ReportSection s) {
        if (s == null) {
            return;
        }
        String heading = Text.of(s.number) + Text.of(s.title);
        if (!heading.isEmpty()) {
            doc.add(new Paragraph(heading, Paragraph.Style.HEADING, Paragraph.Align.LEFT));
        }
        for (String line : Text.of(s.text).split("\n")) {
            if (!line.isBlank()) {
                doc.add(new Paragraph(line.strip(), Paragraph.Style.BODY_INDENT, Paragraph.Align.JUSTIFY));
            }
        }
        if (s.subsections != null) {
            for (ReportSection sub : s.subsections) {
                addSection(doc, sub);
            }
        }
    }
}
