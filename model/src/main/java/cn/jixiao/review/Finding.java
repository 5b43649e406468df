package cn.jixiao.review;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing review found: a stable code for programs, a severity, the year and project it is in,
 * where it points, and a message for the clerk that names the project, the field and what is
 * expected.
 *
 * @param project the project's name as written; empty for unit-level findings
 */
public record Finding(String code, Severity severity, int year, String project, FieldRef where, String message) {
    public Finding {
        project = project == null ? "" : project;
    }

    /** One line for the terminal: '错误  2022  政务督查经费  全年执行数：…'. */
    public String line() {
        String text = message;
        String who = project.isEmpty() ? "" : project;
        String prefix = who + "：";
        if (!who.isEmpty() && text.startsWith(prefix)) {
            text = text.substring(prefix.length());
        }
        return severity.label() + "  " + year + "  " + (who.isEmpty() ? "" : who + "  ") + text;
    }

    /** The fields of a JSON line, in a fixed order. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("severity", severity.name());
        m.put("year", year);
        m.put("project", project);
        m.put("kind", where.kind().name());
        m.put("projectId", where.projectId());
        m.put("indicatorId", where.indicatorId());
        m.put("field", where.field());
        m.put("message", message);
        return m;
    }
}
