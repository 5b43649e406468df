package cn.jixiao.domain;

/** 项目年度实施进度计划: one line of content with its start and end, as written. */
public class ScheduleItem {
    public String content = "";
    public String start = "";
    public String end = "";
}
