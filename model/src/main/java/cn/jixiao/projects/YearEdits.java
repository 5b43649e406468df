package cn.jixiao.projects;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.Edit;
import cn.jixiao.store.UnitFile;

import java.util.Comparator;

/**
 * Adding and deleting a unit's years (年度) as undoable edits. A year started from the previous
 * one is {@link ProjectListEdits#startNextYear}: one carry-forward, not two.
 */
public final class YearEdits {
    private YearEdits() {
    }

    /** Why a year cannot be added; empty when it can. */
    public static java.util.Optional<String> cannotAdd(Unit unit, int year) {
        if (unit.year(year).isPresent()) {
            return java.util.Optional.of(year + "年度已经存在。");
        }
        return java.util.Optional.empty();
    }

    /**
     * A new year. With {@code fromPrevious}, the projects of the year before are carried forward
     * as drafts (that year must exist); else it is empty, with the framework and style of the
     * nearest earlier year (of the latest when none is earlier).
     */
    public static Edit add(Unit unit, int year, boolean fromPrevious) {
        cannotAdd(unit, year).ifPresent(m -> {
            throw new IllegalStateException(m);
        });
        if (fromPrevious) {
            FiscalYear previous = unit.year(year - 1).orElseThrow(() ->
                    new IllegalStateException("没有" + (year - 1) + "年度，无法从上一年度开始。请先添加" + (year - 1) + "年度，或添加空白年度。"));
            return ProjectListEdits.startNextYear(unit, previous);
        }
        return add(unit, blankYear(unit, year));
    }

    /**
     * A new empty year (not yet in the unit), with the framework and style of the nearest earlier
     * year (of the latest when none is earlier): what {@link #add} adds, for an edit that fills it
     * before adding it (导入表格).
     */
    public static FiscalYear blankYear(Unit unit, int year) {
        FiscalYear added = new FiscalYear(year);
        unit.years.stream().filter(y -> y.year < year).reduce((a, b) -> b)
                .or(() -> unit.years.stream().reduce((a, b) -> b))
                .ifPresent(like -> {
                    added.frameworkId = like.frameworkId;
                    added.formStyle = like.formStyle;
                });
        return added;
    }

    /** Adds a year made by {@link #blankYear} (the unit has none of its number). */
    public static Edit add(Unit unit, FiscalYear added) {
        int year = added.year;
        cannotAdd(unit, year).ifPresent(m -> {
            throw new IllegalStateException(m);
        });
        return new Edit() {
            @Override
            public String description() {
                return "添加" + year + "年度";
            }

            @Override
            public void apply(UnitFile file) {
                file.transaction(() -> {
                    unit.years.add(added);
                    unit.years.sort(Comparator.comparingInt(y -> y.year));
                    file.saveYear(added);
                });
            }

            @Override
            public void revert(UnitFile file) {
                file.transaction(() -> {
                    unit.years.remove(added);
                    file.deleteYear(year);
                });
            }
        };
    }

    /** True when nothing has been entered in the year: no project, and its unit-level forms as a new year has them. */
    public static boolean isEmpty(FiscalYear y) {
        FiscalYear fresh = new FiscalYear(y.year);
        fresh.frameworkId = y.frameworkId;
        fresh.formStyle = y.formStyle;
        return y.projects.isEmpty() && Json.write(fresh).equals(Json.write(y));
    }

    /** Deletes an empty year; a year with anything in it is refused with the reason. */
    public static Edit delete(Unit unit, FiscalYear y) {
        if (!isEmpty(y)) {
            throw new IllegalStateException(y.year + "年度中已有" + (y.projects.isEmpty() ? "填写的内容" : y.projects.size() + "个项目")
                    + "，不能删除。只能删除空白的年度；如确需删除，请先删除其中的项目和填写的内容。");
        }
        return new Edit() {
            @Override
            public String description() {
                return "删除" + y.year + "年度";
            }

            @Override
            public void apply(UnitFile file) {
                file.transaction(() -> {
                    unit.years.remove(y);
                    file.deleteYear(y.year);
                });
            }

            @Override
            public void revert(UnitFile file) {
                file.transaction(() -> {
                    unit.years.add(y);
                    unit.years.sort(Comparator.comparingInt(f -> f.year));
                    file.saveYear(y);
                });
            }
        };
    }
}
