package cn.jixiao.exchange;

import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 文档中的位置: where in a unit document something is, said the way a clerk counts
 * ("第1个年度的第3个项目的第2个指标的“名称”"), not as a JSON path.
 */
public final class JsonPlace {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("unit", "单位"), Map.entry("name", "名称"), Map.entry("year", "年度"), Map.entry("id", "编号"),
            Map.entry("years", "年度列表"), Map.entry("projects", "项目列表"), Map.entry("indicators", "指标列表"),
            Map.entry("target", "指标值"), Map.entry("weight", "分值"), Map.entry("actual", "实际完成值"),
            Map.entry("funds", "资金"), Map.entry("overall", "部门整体"), Map.entry("frameworks", "指标体系"),
            Map.entry("format", "格式名称"), Map.entry("formatVersion", "格式版本"), Map.entry("category", "一级指标"),
            Map.entry("subcategory", "二级指标"), Map.entry("lineage", "项目延续编号"));

    private JsonPlace() {
    }

    /** A path of field names (String) and list positions (Integer, from 0) in Chinese. */
    public static String describe(List<Object> path) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            Object step = path.get(i);
            Object next = i + 1 < path.size() ? path.get(i + 1) : null;
            if (step instanceof String field && next instanceof Integer index) {
                parts.add(listEntry(field, index));
                i++;
            } else if (step instanceof String field) {
                if (field.equals("unit") && next != null) {
                    continue;
                }
                parts.add(fieldName(field));
            } else if (step instanceof Integer index) {
                parts.add("第" + (index + 1) + "项");
            }
        }
        return parts.isEmpty() ? "文档本身" : String.join("的", parts);
    }

    /** Where a Jackson binding failure happened, as {@link #describe}, with {@code prefix} before its own path. */
    public static String of(JsonMappingException e, List<Object> prefix) {
        List<Object> path = new ArrayList<>(prefix);
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.add(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.add(r.getIndex());
            }
        }
        return describe(path);
    }

    private static String listEntry(String field, int index) {
        String n = String.valueOf(index + 1);
        return switch (field) {
            case "years" -> "第" + n + "个年度";
            case "projects" -> "第" + n + "个项目";
            case "indicators" -> "第" + n + "个指标";
            case "frameworks" -> "第" + n + "个指标体系";
            default -> fieldName(field) + "的第" + n + "项";
        };
    }

    private static String fieldName(String field) {
        String label = LABELS.get(field);
        String shown = field.length() > 40 ? field.substring(0, 40) + "…" : field;
        return label == null ? "字段“" + shown + "”" : "“" + label + "”（" + shown + "）";
    }
}
