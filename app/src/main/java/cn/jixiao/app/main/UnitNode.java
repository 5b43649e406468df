package cn.jixiao.app.main;

import cn.jixiao.app.Messages;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;

/** One entry of the unit tree: a year, a project, or one of a year's unit-level forms. */
public record UnitNode(Kind kind, FiscalYear year, Project project) {
    public enum Kind { UNIT, YEAR, PROJECTS, PROJECT, PROJECT_SELF_EVALUATION, OVERALL, OVERALL_SELF_EVALUATION, BASIC_DATA, REPORT,
        PROJECT_MONITORING, OVERALL_MONITORING }

    @Override
    public String toString() {
        return switch (kind) {
            case UNIT -> Messages.text("unitNode.name.unit");
            case YEAR -> Messages.text("unitNode.name.year", year.year);
            case PROJECTS -> Messages.text("unitNode.name.projects", year.projects.size());
            case PROJECT -> project.name.isBlank() ? Messages.text("unitNode.name.unnamedProject") : project.name;
            case PROJECT_SELF_EVALUATION -> Messages.text("unitNode.name.selfEvaluation");
            case OVERALL -> Messages.text("unitNode.name.unitOverall");
            case OVERALL_SELF_EVALUATION -> Messages.text("unitNode.name.overallSelfEvaluation");
            case BASIC_DATA -> Messages.text("unitNode.name.basicData");
            case REPORT -> Messages.text("unitNode.name.report");
            case PROJECT_MONITORING -> Messages.text("unitNode.monitoring");
            case OVERALL_MONITORING -> Messages.text("unitNode.overallMonitoring");
        };
    }
}
