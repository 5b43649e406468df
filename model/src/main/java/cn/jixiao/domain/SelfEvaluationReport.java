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
}
