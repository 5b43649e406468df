package cn.jixiao.domain;

import java.util.ArrayList;
import java.util.List;

/** 部门整体支出绩效自评报告: a cover and nine numbered sections of text. */
public class SelfEvaluationReport {
    /** Cover lines as printed: 附件 label, unit name, title, year line, signature lines, date. */
    public String attachmentLabel = "";
    public String title = "";
    public String yearLine = "";
    public String coverUnitLabel = "";
    public String coverHeadLabel = "";
    public String coverDate = "";
    public List<ReportSection> sections = new ArrayList<>();

    /**
     * True while no section or subsection holds any text: the report prints as its nine bare
     * headings (what it is until the clerk clicks 生成草稿 or writes it).
     */
    public boolean bare() {
        return sections == null || sections.stream().noneMatch(SelfEvaluationReport::hasText);
    }

    private static boolean hasText(ReportSection s) {
        return s != null && (s.text != null && !s.text.isBlank()
                || s.subsections != null && s.subsections.stream().anyMatch(SelfEvaluationReport::hasText));
    }

    /** What an export of a {@link #bare()} report tells the clerk, in the app, the command line and the 报送包 alike. */
    public static final String BARE_WARNING = "自评报告还没有正文，导出的只是九个部分的标题："
            + "请先在“自评报告”页点击“生成草稿”，核对并补写后再导出。";
}
