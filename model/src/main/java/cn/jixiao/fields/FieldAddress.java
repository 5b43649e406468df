package cn.jixiao.fields;

/**
 * 字段位置: one field of one year's data: the root it starts from (the unit, the year, a project,
 * an indicator, the 部门整体, the 基础数据表 or the 自评报告), the project and indicator it
 * belongs to, and the path from that root ("funds.statedTotal", "rows[3].thisYearBudget",
 * "monitoring[6].doneSoFar"). A printed cell's binding and a finding's place are both one.
 *
 * @param projectId   the project's id; empty for the unit, the year and the 部门整体's own fields
 * @param indicatorId the indicator's id when {@code root} is {@link Owner#INDICATOR}; else empty
 */
public record FieldAddress(Owner root, String projectId, String indicatorId, String path) {
    public FieldAddress {
        projectId = projectId == null ? "" : projectId;
        indicatorId = indicatorId == null ? "" : indicatorId;
        path = path == null ? "" : path;
    }

    /** The text written into an exported file: root, project, indicator, path, separated by '|'. */
    public String encode() {
        return root.name() + "|" + projectId + "|" + indicatorId + "|" + path;
    }

    /** The address {@link #encode()} wrote; empty for a text that is not one. */
    public static java.util.Optional<FieldAddress> decode(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String[] p = text.split("\\|", -1);
        if (p.length != 4) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new FieldAddress(Owner.valueOf(p[0]), p[1], p[2], p[3]));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
