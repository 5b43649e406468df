package cn.jixiao.editing;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.store.UnitFile;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The edits the editors make, each saving exactly what it changed. */
public final class Edits {
    private Edits() {
    }

    /** A field of a project (not its indicators); saves the project row. */
    public static <T> FieldEdit<T> projectField(String label, FiscalYear year, Project project,
                                                Function<Project, T> getter, BiConsumer<Project, T> setter, T value) {
        return new FieldEdit<>("修改" + label, getter.apply(project), value, v -> setter.accept(project, v),
                (file, v) -> file.saveProject(year.year, project, year.projects.indexOf(project)));
    }

    /** A field of an indicator; saves the indicator row under its owner. */
    public static <T> FieldEdit<T> indicatorField(String label, String owner, List<Indicator> siblings, Indicator indicator,
                                                  Function<Indicator, T> getter, BiConsumer<Indicator, T> setter, T value) {
        return new FieldEdit<>("修改" + label, getter.apply(indicator), value, v -> setter.accept(indicator, v),
                (file, v) -> file.saveIndicator(owner, indicator, siblings.indexOf(indicator)));
    }

    /** Insert, delete, move or replace indicators: the owner's list becomes {@code after}. */
    public static ListEdit<Indicator> indicators(String description, String owner, List<Indicator> list, List<Indicator> after) {
        return ListEdit.replacing(description, list, after, file -> file.saveIndicators(owner, list));
    }

    /** Add, delete, duplicate or reorder projects: the year's list becomes {@code after}. */
    public static ListEdit<Project> projects(String description, FiscalYear year, List<Project> after) {
        return ListEdit.replacing(description, year.projects, after, file -> file.saveProjects(year));
    }

    /** A field of the year's unit-level forms (部门整体, 基础数据表, 自评报告); saves the year row. */
    public static <T> FieldEdit<T> yearField(String label, FiscalYear year, Function<FiscalYear, T> getter,
                                             BiConsumer<FiscalYear, T> setter, T value) {
        return new FieldEdit<>("修改" + label, getter.apply(year), value, v -> setter.accept(year, v),
                (file, v) -> file.saveYear(year));
    }

    /** A field of the unit itself; saves the unit row. */
    public static <T> FieldEdit<T> unitField(String label, Unit unit, Function<Unit, T> getter, BiConsumer<Unit, T> setter, T value) {
        return new FieldEdit<>("修改" + label, getter.apply(unit), value, v -> setter.accept(unit, v),
                (UnitFile file, T v) -> file.saveUnitInfo(unit));
    }
}
