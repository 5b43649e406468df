package cn.jixiao.importing;

/**
 * 字段变化: what merging a form into an existing project (or into the year's unit-level forms)
 * changes in one field, as the preview shows it: "项目名称：旧 → 新". Read through the field
 * catalogue, so every field a form can carry is listed with its own label.
 *
 * @param label  where the field is, in Chinese ("资金总额", "三级指标“培训人次” 指标值", "支出明细第2行 金额")
 * @param before the value now ("" when empty or when the row is new)
 * @param after  the value after the import
 */
public record FieldChange(String label, String before, String after) {
    @Override
    public String toString() {
        return label + "：" + (before.isEmpty() ? "（空）" : before) + " → " + (after.isEmpty() ? "（空）" : after);
    }
}
