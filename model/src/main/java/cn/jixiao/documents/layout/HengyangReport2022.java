package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormStyle;
import cn.jixiao.documents.FormKind;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.fields.Owner;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.fields.UnitFields;
import cn.jixiao.fields.ReportFields;
import cn.jixiao.documents.FieldText;
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
    public FormKind form() {
        return FormKind.REPORT;
    }

    @Override
    public FormStyle style() {
        return FormStyle.HENGYANG_2022;
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
        FieldText title = Bound.or(Bound.report(r, ReportFields.TITLE), TITLE);
        FormDocument doc = new FormDocument(title.text() + "-" + Text.of(u.name), PageSetup.A4_PORTRAIT);

        if (!Text.of(r.attachmentLabel).isEmpty()) {
            doc.add(Paragraph.body(Bound.report(r, ReportFields.ATTACHMENT_LABEL)));
        }
        doc.add(Paragraph.subtitle(Bound.unit(u, UnitFields.NAME)));
        doc.add(Paragraph.title(title));
        doc.add(Paragraph.subtitle(Bound.or(Bound.report(r, ReportFields.YEAR_LINE), HengyangSelfEvaluation2022.yearLine(y))));
        for (int k = 0; k < 8; k++) {
            doc.add(Paragraph.body(""));
        }
        doc.add(Paragraph.body(Bound.or(Bound.report(r, ReportFields.COVER_UNIT_LABEL), "单位名称：（盖章）")));
        doc.add(Paragraph.body(Bound.or(Bound.report(r, ReportFields.COVER_HEAD_LABEL), "主要负责人签字：")));
        doc.add(new Paragraph(Bound.or(Bound.report(r, ReportFields.COVER_DATE), "\u3000\u3000年\u3000\u3000月\u3000\u3000日"),
                Paragraph.Style.BODY, Paragraph.Align.RIGHT));
        doc.add(new FormDocument.PageBreak());

        doc.add(Paragraph.title(title));
        List<ReportSection> sections = sections(r);
        for (int k = 0; k < sections.size(); k++) {
            addSection(doc, sections.get(k), sections == r.sections ? "sections[" + k + "]." : null);
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

    /**
     * A section, its text a paragraph a line (blank lines left out); {@code path} is the section's
     * place in the report ("sections[2]."), or null for a standard section the report does not hold.
     */
    private static void addSection(FormDocument doc, ReportSection s, String path) {
        if (s == null) {
            return;
        }
        FieldText heading = FieldText.of(part(s, path, ReportFields.NUMBER), part(s, path, ReportFields.SECTION_TITLE));
        if (!heading.isEmpty()) {
            doc.add(new Paragraph(heading, Paragraph.Style.HEADING, Paragraph.Align.LEFT));
        }
        String text = Text.of(s.text);
        List<String> lines = java.util.Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).map(String::strip).toList();
        // bound line by line when the lines are the whole text; a text with blank or indented lines prints unbound
        boolean whole = path != null && String.join("\n", lines).equals(text);
        for (int k = 0; k < lines.size(); k++) {
            FieldText line = whole ? FieldText.value(lines.get(k), new FieldAddress(Owner.REPORT, "", "", path + "text"))
                    : FieldText.plain(lines.get(k));
            doc.add(new Paragraph(k > 0 ? line.continued() : line, Paragraph.Style.BODY_INDENT, Paragraph.Align.JUSTIFY));
        }
        if (s.subsections != null) {
            for (int k = 0; k < s.subsections.size(); k++) {
                addSection(doc, s.subsections.get(k), path == null ? null : path + "subsections[" + k + "].");
            }
        }
    }

    private static FieldText part(ReportSection s, String path, cn.jixiao.fields.Field<ReportSection> f) {
        String text = Text.of(f.get(s));
        return path == null ? FieldText.plain(text) : FieldText.value(text, new FieldAddress(Owner.REPORT, "", "", path + f.path()));
    }
}
