package cn.jixiao.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One budget year (年度) of a unit: its projects and its unit-level forms. */
public class FiscalYear {
    public int year;
    /** Framework (指标体系) id used by this year's projects unless a project sets its own. */
    public String frameworkId = Frameworks.STANDARD_2022;
    /** Layout (FormStyle) for this year's forms; empty means the unit's default. */
    public String formStyle = "";
    public List<Project> projects = new ArrayList<>();
    public UnitOverall overall = new UnitOverall();
    public BasicDataTable basicData = new BasicDataTable();
    public SelfEvaluationReport report = new SelfEvaluationReport();
    /** 绩效运行监控: every monitoring period of the year's projects and of its 部门整体, each its own record. */
    public List<Monitoring> monitorings = new ArrayList<>();
    /** 公开清单 note printed under the list ('注：本单位0个涉密项目除外。'). */
    public String disclosureNote = "";
    /** Title line of the 公开清单 ('怀远县人民政府办公室2024年度项目支出绩效目标'). */
    public String disclosureTitle = "";

    public FiscalYear() {
    }

    public FiscalYear(int year) {
        this.year = year;
    }

    public Optional<Project> project(String name) {
        return projects.stream().filter(p -> p.name.equals(name)).findFirst();
    }

    /** The monitoring of a project (empty id: the 部门整体) to the end of a month, if started. */
    public Optional<Monitoring> monitoring(String projectId, int month) {
        return monitorings.stream().filter(m -> m.projectId.equals(projectId) && m.month == month).findFirst();
    }

    /** The latest monitoring period of a project (empty id: the 部门整体), if any. */
    public Optional<Monitoring> latestMonitoring(String projectId) {
        return monitorings.stream().filter(m -> m.projectId.equals(projectId))
                .max(java.util.Comparator.comparingInt(m -> m.month));
    }
}
