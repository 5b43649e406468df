package cn.jixiao.projects;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.CompoundEdit;
import cn.jixiao.editing.Edit;
import cn.jixiao.editing.Edits;
import cn.jixiao.store.UnitFile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The project list actions of the window (新建, 复制, 删除, 上移/下移, 开始下一年度) as undoable edits. */
public final class ProjectListEdits {
    private ProjectListEdits() {
    }

    /** A new empty project after {@code after} (at the end when null). */
    public static Edit create(FiscalYear year, Project added, Project after) {
        List<Project> list = new ArrayList<>(year.projects);
        list.add(after == null ? list.size() : list.indexOf(after) + 1, added);
        return Edits.projects("新建项目", year, list);
    }

    public static Edit duplicate(FiscalYear year, Project original, Project copy) {
        List<Project> list = new ArrayList<>(year.projects);
        list.add(list.indexOf(original) + 1, copy);
        return Edits.projects("复制项目", year, list);
    }

    public static Edit delete(FiscalYear year, Project removed) {
        List<Project> list = new ArrayList<>(year.projects);
        list.remove(removed);
        return Edits.projects("删除项目“" + removed.name + "”", year, list);
    }

    /** Moves the project one place up (-1) or down (+1); null when it is already at that end. */
    public static Edit move(FiscalYear year, Project moved, int delta) {
        int i = year.projects.indexOf(moved);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= year.projects.size()) {
            return null;
        }
        List<Project> list = new ArrayList<>(year.projects);
        list.add(j, list.remove(i));
        return Edits.projects(delta < 0 ? "上移项目" : "下移项目", year, list);
    }

    /**
     * 开始下一年度: every project of {@code from} that the next year does not continue yet is
     * copied into it as a draft ({@link ProjectCopies#carryForward}); the year is created when
     * missing, with the same framework and layout; 部门整体's 上年 figures are filled from
     * {@code from} ({@link OverallCarry}). Undo removes what was added.
     */
    public static Edit startNextYear(Unit unit, FiscalYear from) {
        int next = from.year + 1;
        FiscalYear existing = unit.year(next).orElse(null);
        FiscalYear target = existing != null ? existing : newYearLike(from, next);
        List<Project> list = new ArrayList<>(target.projects);
        for (Project p : notContinued(unit, from)) {
            list.add(ProjectCopies.carryForward(p, next));
        }
        String description = "开始" + next + "年度";
        List<Edit> parts = new ArrayList<>();
        parts.add(Edits.projects(description, target, list));
        parts.addAll(OverallCarry.lastYearFigures(from, target));
        Edit projects = new CompoundEdit(description, parts);
        if (existing != null) {
            return projects;
        }
        return new Edit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void apply(UnitFile file) {
                file.transaction(() -> {
                    if (!unit.years.contains(target)) {
                        unit.years.add(target);
                        unit.years.sort(java.util.Comparator.comparingInt(y -> y.year));
                    }
                    file.saveYear(target);
                    projects.apply(file);
                });
            }

            @Override
            public void revert(UnitFile file) {
                file.transaction(() -> {
                    projects.revert(file);
                    unit.years.remove(target);
                    file.deleteYear(next);
                });
            }
        };
    }

    /** The projects of {@code from} that the next year does not continue yet: what 开始下一年度 copies. */
    public static List<Project> notContinued(Unit unit, FiscalYear from) {
        Set<String> continued = new HashSet<>();
        unit.year(from.year + 1).ifPresent(n -> n.projects.forEach(p -> continued.add(p.lineage)));
        return from.projects.stream().filter(p -> !continued.contains(p.lineage)).toList();
    }

    private static FiscalYear newYearLike(FiscalYear from, int year) {
        FiscalYear y = new FiscalYear(year);
        y.frameworkId = from.frameworkId;
        y.formStyle = from.formStyle;
        return y;
    }

}
