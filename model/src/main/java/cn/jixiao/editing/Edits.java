package cn.jixiao.editing;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.TextInput;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.fields.FieldCatalogue;
import cn.jixiao.fields.FieldComment;
import cn.jixiao.fields.Owner;
import cn.jixiao.store.UnitFile;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The edits the editors make, each saving exactly what it changed. The window builds its edits
 * here and never names the unit file: what a change saves is decided in the model.
 */
public final class Edits {
    private Edits() {
    }

    /** A field of a project (not its indicators); saves the project row. */
    public static <T> FieldEdit<T> projectField(String label, FiscalYear year, Project project,
                                                Function<Project, T> getter, BiConsumer<Project, T> setter, T value) {
        return new FieldEdit<>("修改" + label, getter.apply(project), value, v -> setter.accept(project, v),
                (file, v) -> saveProject(file, year, project));
    }

    /** A change, in the editor's own words, of part of a project (a row of one of its tables); saves the project row. */
    public static <T> FieldEdit<T> projectChange(String description, FiscalYear year, Project project, T oldValue, T newValue,
                                                 Consumer<T> setter) {
        return new FieldEdit<>(description, oldValue, newValue, setter, (file, v) -> saveProject(file, year, project));
    }

    /** Add or delete rows of one of a project's tables: {@code rows} becomes {@code after}; saves the project row. */
    public static <E> ListEdit<E> projectRows(String description, FiscalYear year, Project project, List<E> rows, List<E> after) {
        return ListEdit.replacing(description, rows, after, file -> saveProject(file, year, project));
    }

    private static void saveProject(UnitFile file, FiscalYear year, Project project) {
        file.saveProject(year.year, project, year.projects.indexOf(project));
    }

    /** The owner of the year's 部门整体 indicators, for {@link #indicatorField} and {@link #indicators}. */
    public static String overallOwner(FiscalYear year) {
        return UnitFile.overallOwner(year.year);
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

    /** A change, in the editor's own words, of part of the year's unit-level forms (a goal list, a row, a report block); saves the year row. */
    public static <T> FieldEdit<T> yearChange(String description, FiscalYear year, T oldValue, T newValue, Consumer<T> setter) {
        return new FieldEdit<>(description, oldValue, newValue, setter, (file, v) -> file.saveYear(year));
    }

    /** As {@link #yearChange(String, FiscalYear, Object, Object, Consumer)}, for a value whose text the caller has cleaned. */
    public static <T> FieldEdit<T> yearChange(String description, FiscalYear year, T oldValue, T newValue, TextInput.Cleaned cleaned,
                                              Consumer<T> setter) {
        return new FieldEdit<>(description, oldValue, newValue, cleaned, setter, (file, v) -> file.saveYear(year));
    }

    /** Add, delete or replace rows of the year's unit-level forms: {@code rows} becomes {@code after}; saves the year row. */
    public static <E> ListEdit<E> yearRows(String description, FiscalYear year, List<E> rows, List<E> after) {
        return ListEdit.replacing(description, rows, after, file -> file.saveYear(year));
    }

    /** A field of the unit itself; saves the unit row. */
    public static <T> FieldEdit<T> unitField(String label, Unit unit, Function<Unit, T> getter, BiConsumer<Unit, T> setter, T value) {
        return new FieldEdit<>("修改" + label, getter.apply(unit), value, v -> setter.accept(unit, v),
                (UnitFile file, T v) -> file.saveUnitInfo(unit));
    }

    /**
     * A field named by its address (a value the bureau corrected in a returned workbook): set
     * through the field catalogue, saved where that field lives (the unit, the year row, the
     * project row, the indicator row or the monitoring period); empty when the address names
     * nothing on this unit's year.
     */
    public static java.util.Optional<FieldEdit<String>> atAddress(Unit unit, FiscalYear year, FieldAddress at, String value) {
        java.util.Optional<FieldCatalogue.Located> located = FieldCatalogue.locate(unit, year, at);
        if (located.isEmpty()) {
            return java.util.Optional.empty();
        }
        FieldCatalogue.Located l = located.get();
        BiConsumer<UnitFile, String> save = saving(unit, year, at);
        return java.util.Optional.of(new FieldEdit<>("修改" + l.field().label(), l.get(), value, l::set, save));
    }

    private static BiConsumer<UnitFile, String> saving(Unit unit, FiscalYear year, FieldAddress at) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^monitoring\\[(\\d+)]\\.").matcher(at.path());
        if (m.find() && at.root() != Owner.UNIT && at.root() != Owner.YEAR) {
            int month = Integer.parseInt(m.group(1));
            return (file, v) -> year.monitoring(at.projectId(), month).ifPresent(mo -> file.saveMonitoring(year.year, mo));
        }
        return switch (at.root()) {
            case UNIT -> (file, v) -> file.saveUnitInfo(unit);
            case PROJECT -> (file, v) -> year.projects.stream().filter(p -> p.id.equals(at.projectId())).findFirst()
                    .ifPresent(p -> saveProject(file, year, p));
            case INDICATOR -> {
                String owner = at.projectId().isEmpty() ? overallOwner(year) : at.projectId();
                List<Indicator> list = at.projectId().isEmpty() ? year.overall.indicators
                        : year.projects.stream().filter(p -> p.id.equals(at.projectId())).findFirst()
                        .map(p -> p.indicators).orElse(List.of());
                yield (file, v) -> list.stream().filter(i -> i.id.equals(at.indicatorId())).findFirst()
                        .ifPresent(i -> file.saveIndicator(owner, i, list.indexOf(i)));
            }
            default -> (file, v) -> file.saveYear(year);
        };
    }

    /** 意见 added to a year's list (from a returned workbook, or typed in from an email); each saved as its own row. */
    public static Edit addComments(List<FieldComment> comments, List<FieldComment> added) {
        List<FieldComment> rows = List.copyOf(added);
        return new Edit() {
            @Override
            public String description() {
                return rows.size() == 1 ? "添加意见" : "添加 " + rows.size() + " 条意见";
            }

            @Override
            public void apply(UnitFile file) {
                comments.addAll(rows);
                file.transaction(() -> rows.forEach(file::saveComment));
            }

            @Override
            public void revert(UnitFile file) {
                comments.removeAll(rows);
                file.transaction(() -> rows.forEach(c -> file.deleteComment(c.id)));
            }
        };
    }

    /** A 意见 marked 已处理 (or not) with the clerk's note on how. */
    public static Edit commentHandled(FieldComment comment, boolean handled, String note) {
        record State(boolean handled, String note) {
        }
        State before = new State(comment.handled, comment.note);
        State after = new State(handled, note == null ? "" : note.strip());
        return new FieldEdit<>(handled ? "标记意见已处理" : "修改意见处理情况", before, after, s -> {
            comment.handled = s.handled();
            comment.note = s.note();
        }, (file, s) -> file.saveComment(comment));
    }
}
