package cn.jixiao.review;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;

/** Code, severity and description held once, and the few ways a check words a finding. */
public abstract class BaseCheck implements Check {
    private final String code;
    private final Severity severity;
    private final String description;

    protected BaseCheck(String code, Severity severity, String description) {
        this.code = code;
        this.severity = severity;
        this.description = description;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String description() {
        return description;
    }

    /** A finding on a project field; the message is prefixed with the project's name. */
    protected Finding onProject(FiscalYear y, Project p, String field, String message) {
        return new Finding(code, severity, y.year, p.name, FieldRef.project(p, field), Names.project(p) + "：" + message);
    }

    /** A finding on an indicator row of a project, or of the 部门整体 when {@code p} is null. */
    protected Finding onIndicator(FiscalYear y, Project p, Indicator i, String field, String message) {
        String who = p == null ? Names.OVERALL : Names.project(p);
        return new Finding(code, severity, y.year, p == null ? "" : p.name, FieldRef.indicator(p, i, field), who + "：" + message);
    }

    /** A unit-level finding; {@code who} names the form ('部门整体', '基础数据表', '自评报告', '单位信息'). */
    protected Finding onUnit(FiscalYear y, FieldRef where, String who, String message) {
        return new Finding(code, severity, y.year, "", where, who + "：" + message);
    }

    protected Finding withSeverity(Finding f, Severity s) {
        return new Finding(f.code(), s, f.year(), f.project(), f.where(), f.message());
    }
}
