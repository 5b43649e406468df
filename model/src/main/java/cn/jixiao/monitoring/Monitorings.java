package cn.jixiao.monitoring;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Project;

import java.util.List;
import java.util.Optional;

/** What a monitoring record is about: its project (or the 部门整体) and that subject's indicators. */
public final class Monitorings {
    /** 部门整体 as the forms and findings name it. */
    public static final String OVERALL_NAME = "部门整体";

    private Monitorings() {
    }

    /** The monitored project; empty for the 部门整体 or a project no longer in the year. */
    public static Optional<Project> project(FiscalYear year, Monitoring m) {
        if (m.overall()) {
            return Optional.empty();
        }
        return year.projects.stream().filter(p -> p.id.equals(m.projectId)).findFirst();
    }

    /** The 三级 indicators the period is about, in their order (the declaration's rows). */
    public static List<Indicator> indicators(FiscalYear year, Monitoring m) {
        if (m.overall()) {
            return year.overall.indicators;
        }
        return project(year, m).map(p -> p.indicators).orElse(List.of());
    }

    /** The subject's name: the project's name, or 部门整体. */
    public static String subjectName(FiscalYear year, Monitoring m) {
        return m.overall() ? OVERALL_NAME : project(year, m).map(p -> p.name).orElse("");
    }

    /** The year's records whose project is still in the year (and the 部门整体's), by subject order then month. */
    public static List<Monitoring> live(FiscalYear year) {
        List<String> order = year.projects.stream().map(p -> p.id).toList();
        return year.monitorings.stream()
                .filter(m -> m.overall() || order.contains(m.projectId))
                .sorted(java.util.Comparator.comparingInt((Monitoring m) -> m.overall() ? Integer.MAX_VALUE : order.indexOf(m.projectId))
                        .thenComparingInt(m -> m.month))
                .toList();
    }
}
