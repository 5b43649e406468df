package cn.jixiao.unitlevel;

import java.util.List;

/** The {@code BasicDataRow.kind} values, and which kinds add up to which subtotal. */
public final class RowKind {
    public static final String BASIC = "basic";
    public static final String PUBLIC = "public";
    public static final String PUBLIC_PART = "public-part";
    public static final String THREE_PUBLIC = "three-public";
    public static final String VEHICLE = "vehicle";
    public static final String VEHICLE_PURCHASE = "vehicle-purchase";
    public static final String VEHICLE_RUNNING = "vehicle-running";
    public static final String OVERSEAS = "overseas";
    public static final String RECEPTION = "reception";
    public static final String PROJECT_TOTAL = "project-total";
    public static final String CATEGORY = "category";
    public static final String PROJECT = "project";
    public static final String PROCUREMENT = "procurement";
    public static final String OTHER = "other";

    public static final List<String> ALL = List.of(BASIC, PUBLIC, PUBLIC_PART, THREE_PUBLIC, VEHICLE, VEHICLE_PURCHASE,
            VEHICLE_RUNNING, OVERSEAS, RECEPTION, PROJECT_TOTAL, CATEGORY, PROJECT, PROCUREMENT, OTHER);

    private RowKind() {
    }

    /** The kinds a subtotal adds up; empty for a row that is not a subtotal. */
    public static List<String> parts(String kind) {
        return switch (kind) {
            case PUBLIC -> List.of(PUBLIC_PART);
            case THREE_PUBLIC -> List.of(VEHICLE, OVERSEAS, RECEPTION);
            case VEHICLE -> List.of(VEHICLE_PURCHASE, VEHICLE_RUNNING);
            case PROJECT_TOTAL -> List.of(PROJECT);
            default -> List.of();
        };
    }

    /** What the clerk sees in the 类型 column. */
    public static String label(String kind) {
        return switch (kind) {
            case BASIC -> "基本支出";
            case PUBLIC -> "公用经费";
            case PUBLIC_PART -> "公用经费明细";
            case THREE_PUBLIC -> "三公经费";
            case VEHICLE -> "公务用车";
            case VEHICLE_PURCHASE -> "车辆购置";
            case VEHICLE_RUNNING -> "车辆运行维护";
            case OVERSEAS -> "出国经费";
            case RECEPTION -> "公务接待";
            case PROJECT_TOTAL -> "项目支出";
            case CATEGORY -> "项目类别";
            case PROJECT -> "项目";
            case PROCUREMENT -> "政府采购";
            default -> "其他";
        };
    }
}
