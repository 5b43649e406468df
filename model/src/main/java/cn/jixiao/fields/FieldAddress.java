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

    /** Separates the indicators of a {@link #shared} address: ids never hold it. */
    private static final String SHARED = ",";

    /**
     * One address for the same field of several indicators of a project ({@code projectId} empty:
     * the 部门整体): a form prints an indicator's 一级 and 二级 once, in a cell merged over all the
     * indicators under it, and that one printed value is each of theirs. {@link #each()} gives them
     * back one by one; an address of one indicator is the plain one.
     */
    public static FieldAddress shared(String projectId, java.util.List<String> indicatorIds, String path) {
        if (indicatorIds.isEmpty()) {
            throw new IllegalArgumentException("no indicator for " + path);
        }
        return new FieldAddress(Owner.INDICATOR, projectId, String.join(SHARED, indicatorIds), path);
    }

    /** The addresses of one field each this address stands for: itself, or each indicator of a {@link #shared} one. */
    public java.util.List<FieldAddress> each() {
        if (root != Owner.INDICATOR || !indicatorId.contains(SHARED)) {
            return java.util.List.of(this);
        }
        return java.util.Arrays.stream(indicatorId.split(SHARED)).filter(id -> !id.isEmpty())
                .map(id -> new FieldAddress(root, projectId, id, path)).toList();
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
