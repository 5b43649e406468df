package cn.jixiao.domain;

/** One titled block of the 自评报告. */
public class ReportSection {
    /** As printed: '一、' or '1、' or '（一）'. */
    public String number = "";
    public String title = "";
    public String text = "";
    /** True once the clerk edited the text: a redraft then asks before replacing it. */
    public boolean editedByClerk;
    /** Nested sections such as （一）基本支出情况. */
    public java.util.List<ReportSection> subsections = new java.util.ArrayList<>();
}
