package cn.jixiao.review;

import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;

/** How messages name things, the same way everywhere. */
public final class Names {
    public static final String OVERALL = "部门整体";
    public static final String BASIC_DATA = "基础数据表";
    public static final String REPORT = "自评报告";
    public static final String UNIT = "单位信息";

    private Names() {
    }

    public static String project(Project p) {
        return p.name.isBlank() ? "（未命名项目）" : p.name;
    }

    /** '三级指标“反腐倡廉”', or its position when the row has no name. */
    public static String indicator(Indicator i) {
        return "三级指标“" + (i.name.isBlank() ? "（未命名）" : i.name) + "”";
    }

    /** '“31..5”' */
    public static String quoted(String s) {
        return "“" + s + "”";
    }
}
