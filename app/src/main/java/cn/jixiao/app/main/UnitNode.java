package cn.jixiao.app.main;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;

/** One entry of the unit tree: a year, a project, or one of a year's unit-level forms. */
public record UnitNode(Kind kind, FiscalYear year, Project project) {
    public enum Kind { UNIT, YEAR, PROJECTS, PROJECT, PROJECT_SELF_EVALUATION, OVERALL, OVERALL_SELF_EVALUATION, BASIC_DATA, REPORT }

    @Override
    public String toString() {
        return switch (kind) {
            case UNIT -> "单位";
            case YEAR -> year.year + "年度";
            case PROJECTS -> "项目（" + year.projects.size() + "）";
            case PROJECT -> project.name.isBlank() ? "（未命名项目）" : project.name;
            case PROJECT_SELF_EVALUATION -> "绩效自评";
            case OVERALL -> "部门整体";
            case OVERALL_SELF_EVALUATION -> "部门整体自评";
            case BASIC_DATA -> "基础数据表";
            case REPORT -> "自评报告";
        };
    }
}
