package cn.jixiao.fields;

import cn.jixiao.domain.ReportSection;
import cn.jixiao.domain.SelfEvaluationReport;

import static cn.jixiao.domain.Stage.SELF_EVALUATION;
import static cn.jixiao.fields.FieldKind.LONG_TEXT;
import static cn.jixiao.fields.FieldKind.TEXT;

/** 自评报告: its cover lines and each section's number, title and text. */
public final class ReportFields {
    private ReportFields() {
    }

    private static Field<SelfEvaluationReport> cover(String path, String label,
                                                     java.util.function.Function<SelfEvaluationReport, String> get,
                                                     java.util.function.BiConsumer<SelfEvaluationReport, String> set) {
        return Field.text(Owner.REPORT, SelfEvaluationReport.class, path, label, SELF_EVALUATION, TEXT, get, set);
    }

    public static final Field<SelfEvaluationReport> ATTACHMENT_LABEL = cover("attachmentLabel", "附件标注",
            r -> r.attachmentLabel, (r, v) -> r.attachmentLabel = v);
    public static final Field<SelfEvaluationReport> TITLE = cover("title", "报告标题", r -> r.title, (r, v) -> r.title = v);
    public static final Field<SelfEvaluationReport> YEAR_LINE = cover("yearLine", "年度行", r -> r.yearLine, (r, v) -> r.yearLine = v);
    public static final Field<SelfEvaluationReport> COVER_UNIT_LABEL = cover("coverUnitLabel", "封面单位行",
            r -> r.coverUnitLabel, (r, v) -> r.coverUnitLabel = v);
    public static final Field<SelfEvaluationReport> COVER_HEAD_LABEL = cover("coverHeadLabel", "封面负责人行",
            r -> r.coverHeadLabel, (r, v) -> r.coverHeadLabel = v);
    public static final Field<SelfEvaluationReport> COVER_DATE = cover("coverDate", "封面日期", r -> r.coverDate, (r, v) -> r.coverDate = v);

    public static final Field<ReportSection> NUMBER = Field.text(Owner.REPORT_SECTION, ReportSection.class, "number", "章节编号",
            SELF_EVALUATION, TEXT, s -> s.number, (s, v) -> s.number = v);
    public static final Field<ReportSection> SECTION_TITLE = Field.text(Owner.REPORT_SECTION, ReportSection.class, "title",
            "章节标题", SELF_EVALUATION, TEXT, s -> s.title, (s, v) -> s.title = v);
    public static final Field<ReportSection> SECTION_TEXT = Field.text(Owner.REPORT_SECTION, ReportSection.class, "text", "章节正文",
            SELF_EVALUATION, LONG_TEXT, s -> s.text, (s, v) -> s.text = v);
    public static final Field<ReportSection> EDITED = Field.flag(Owner.REPORT_SECTION, ReportSection.class, "editedByClerk",
            "已手工修改", SELF_EVALUATION, s -> s.editedByClerk, (s, v) -> s.editedByClerk = v);
}
