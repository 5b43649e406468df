package cn.jixiao.domain;

import java.util.Arrays;
import java.util.List;

/**
 * 基础数据表的行类型: what a line of the 经费控制情况 block is, the label the bureau's form (001
 * 附件2) prints for it, and which lines add up to it. The one table the form, the editor and
 * review all read, so that they cannot disagree on a label or a subtotal.
 */
public enum BasicDataRowKind {
    BASIC("basic", "基本支出", "一、部门基本支出"),
    PUBLIC("public", "公用经费", "其中：公用经费"),
    PUBLIC_PART("public-part", "公用经费明细", ""),
    THREE_PUBLIC("three-public", "三公经费", "三公经费"),
    VEHICLE("vehicle", "公务用车", "1、公务用车购置和维护经费"),
    // the bureau's form prints 公交车 here (001 附件2); kept as printed, so our copy matches theirs
    VEHICLE_PURCHASE("vehicle-purchase", "车辆购置", "其中：公交车购置"),
    VEHICLE_RUNNING("vehicle-running", "车辆运行维护", "公交车运行维护"),
    OVERSEAS("overseas", "出国经费", "2、出国经费"),
    RECEPTION("reception", "公务接待", "3、公务接待"),
    PROJECT_TOTAL("project-total", "项目支出", "二、部门项目支出"),
    CATEGORY("category", "项目类别", ""),
    PROJECT("project", "项目", ""),
    PROCUREMENT("procurement", "政府采购", "政府采购金额"),
    OTHER("other", "其他", "");

    /** The 专项 a project row sits under, in the form's order. */
    public static final List<String> PROJECT_CATEGORIES = List.of("业务工作专项", "运行维护专项", "市级专项资金");

    /** As stored in {@link BasicDataRow#kind} and in the exchange JSON. */
    public final String code;
    /** What the clerk sees in the editor's 类型 column. */
    public final String title;
    /** The label the form prints for the line; empty for lines the clerk names. */
    public final String printedLabel;

    BasicDataRowKind(String code, String title, String printedLabel) {
        this.code = code;
        this.title = title;
        this.printedLabel = printedLabel;
    }

    /** The kind stored as {@code code}; an unknown or missing code is {@link #OTHER}. */
    public static BasicDataRowKind of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst().orElse(OTHER);
    }

    /** The kinds whose lines add up to a line of this kind; empty for a line that is no subtotal. */
    public List<BasicDataRowKind> parts() {
        return switch (this) {
            case PUBLIC -> List.of(PUBLIC_PART);
            case THREE_PUBLIC -> List.of(VEHICLE, OVERSEAS, RECEPTION);
            case VEHICLE -> List.of(VEHICLE_PURCHASE, VEHICLE_RUNNING);
            case PROJECT_TOTAL, CATEGORY -> List.of(PROJECT);
            default -> List.of();
        };
    }

    /** The kinds that may stand between this subtotal's parts without being added: the parts' own parts, the 专项 headings. */
    public List<BasicDataRowKind> passes() {
        return switch (this) {
            case THREE_PUBLIC -> VEHICLE.parts();
            case PROJECT_TOTAL -> List.of(CATEGORY);
            default -> List.of();
        };
    }

    public boolean isSubtotal() {
        return !parts().isEmpty();
    }

    /** The heading line of a 专项 as the form prints it: '1、业务工作专项(一个项目一行)'. */
    public static String categoryLabel(int number, String category) {
        return number + "、" + category + "(一个项目一行)";
    }

    /** The lines of an empty table, labelled as the form prints them, without project lines. */
    public static List<BasicDataRow> standardRows() {
        List<BasicDataRow> rows = new java.util.ArrayList<>();
        rows.add(BASIC.row());
        rows.add(PUBLIC.row());
        for (String part : List.of("其中：办公经费", "水费、电费、差旅费", "会议费、培训费", "……")) {
            rows.add(new BasicDataRow(PUBLIC_PART.code, part));
        }
        for (BasicDataRowKind k : List.of(THREE_PUBLIC, VEHICLE, VEHICLE_PURCHASE, VEHICLE_RUNNING, OVERSEAS, RECEPTION, PROJECT_TOTAL)) {
            rows.add(k.row());
        }
        for (int n = 0; n < PROJECT_CATEGORIES.size(); n++) {
            rows.add(new BasicDataRow(CATEGORY.code, categoryLabel(n + 1, PROJECT_CATEGORIES.get(n))));
        }
        rows.add(PROCUREMENT.row());
        return rows;
    }

    private BasicDataRow row() {
        return new BasicDataRow(code, printedLabel);
    }
}
