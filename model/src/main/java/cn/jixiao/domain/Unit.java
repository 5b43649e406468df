package cn.jixiao.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** 预算单位: the unit whose paperwork one file holds, with all its years. */
public class Unit {
    public String id = UUID.randomUUID().toString();
    public String name = "";
    /** 单位代码. */
    public String code = "";
    /** 主管部门 (supervisingDepartment). */
    public String supervisingDepartment = "";
    /** 编制数 (authorizedStaff). */
    public String authorizedStaff = "";
    /** 实有人数 (actualStaff). */
    public String actualStaff = "";
    /** 内设机构数. */
    public String internalDivisions = "";
    /** 职能职责概述. */
    public String functionsSummary = "";
    /** 填报人 (preparer) and 联系电话. */
    public String preparer = "";
    public String phone = "";
    /** 单位负责人. */
    public String head = "";
    /** 绩效管理联络员. */
    public String liaison = "";
    /** 绩效管理联络员's 联系电话. */
    public String liaisonPhone = "";
    /** Default form layout (FormStyle id), e.g. hengyang-2021. */
    public String formStyle = "";
    /** Frameworks the unit defined or adjusted; built-in ones need not be listed. */
    public List<Framework> frameworks = new ArrayList<>();
    public List<FiscalYear> years = new ArrayList<>();
    /** 监控亮灯规则 the unit's bureau uses; null means the common ones ({@link MonitoringRules}). */
    public MonitoringRules monitoringRules;

    /** The monitoring light thresholds in force for this unit. */
    public MonitoringRules monitoringRules() {
        return monitoringRules == null ? new MonitoringRules() : monitoringRules;
    }

    public Optional<FiscalYear> year(int y) {
        return years.stream().filter(fy -> fy.year == y).findFirst();
    }

    public FiscalYear yearOrCreate(int y) {
        return year(y).orElseGet(() -> {
            FiscalYear fy = new FiscalYear(y);
            years.add(fy);
            years.sort(Comparator.comparingInt(f -> f.year));
            return fy;
        });
    }

    /**
     * 项目所用的指标体系: the framework a project's indicators hang under: the one the project
     * names when the unit knows it, else its year's; for 部门整体 ({@code project} null) the year's.
     * Empty when neither is known. The one rule the editors, the forms and review read.
     */
    public Optional<Framework> frameworkOf(FiscalYear year, Project project) {
        Optional<Framework> own = project == null || project.frameworkId == null || project.frameworkId.isBlank()
                ? Optional.empty() : framework(project.frameworkId);
        return own.or(() -> year == null || year.frameworkId == null || year.frameworkId.isBlank()
                ? Optional.empty() : framework(year.frameworkId));
    }

    /** A framework by id: the unit's own first, then the built-in ones. */
    public Optional<Framework> framework(String id) {
        return frameworks.stream().filter(f -> f.id.equals(id)).findFirst().or(() -> Frameworks.builtIn(id));
    }
}
