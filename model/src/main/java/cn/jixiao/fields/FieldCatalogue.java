package cn.jixiao.fields;

import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataTable;
import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.ExpenseLine;
import cn.jixiao.domain.ScheduleItem;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.ReportSection;
import cn.jixiao.domain.SelfEvaluationReport;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * 字段目录: every field the forms show, each once, and the lists that lead to row owners. A path
 * ("selfEvaluation.funds.executed", "rows[3].thisYearBudget", "monitoring[6].doneSoFar") is
 * resolved here, on the catalogue alone ({@link #find}) or on a unit's data ({@link #locate}).
 * The entries are the public constants of the *Fields classes of this package.
 */
public final class FieldCatalogue {
    private static final List<Class<?>> HOLDERS = List.of(UnitFields.class, ProjectFields.class, IndicatorFields.class,
            OverallFields.class, BasicDataFields.class, LineFields.class, ReportFields.class, MonitoringFields.class);
    private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)\\[(\\d+)]");

    private static final List<Field<?>> FIELDS = collect();
    private static final List<Rows<?>> ROWS = List.of(
            new Rows<>(Owner.PROJECT, Project.class, "indicators", "三级指标", Owner.INDICATOR,
                    (c, p) -> numbered(p.indicators), (c, p, k) -> grow(p.indicators, k, Indicator::new)),
            new Rows<>(Owner.OVERALL, UnitOverall.class, "indicators", "部门整体三级指标", Owner.INDICATOR,
                    (c, o) -> numbered(o.indicators), (c, o, k) -> grow(o.indicators, k, Indicator::new)),
            new Rows<>(Owner.PROJECT, Project.class, "expenseLines", "支出明细预算", Owner.EXPENSE_LINE,
                    (c, p) -> numbered(p.expenseLines), (c, p, k) -> grow(p.expenseLines, k, ExpenseLine::new)),
            new Rows<>(Owner.PROJECT, Project.class, "schedule", "项目年度实施进度计划", Owner.SCHEDULE_ITEM,
                    (c, p) -> numbered(p.schedule), (c, p, k) -> grow(p.schedule, k, ScheduleItem::new)),
            new Rows<>(Owner.PROJECT, Project.class, "categoryWeights", "一级指标分值", Owner.CATEGORY_WEIGHT,
                    (c, p) -> numbered(p.categoryWeights), (c, p, k) -> grow(p.categoryWeights, k, CategoryWeight::new)),
            new Rows<>(Owner.OVERALL, UnitOverall.class, "categoryWeights", "一级指标分值", Owner.CATEGORY_WEIGHT,
                    (c, o) -> numbered(o.categoryWeights), (c, o, k) -> grow(o.categoryWeights, k, CategoryWeight::new)),
            new Rows<>(Owner.BASIC_DATA, BasicDataTable.class, "rows", "经费控制情况", Owner.BASIC_DATA_ROW,
                    (c, t) -> numbered(t.rows), (c, t, k) -> grow(t.rows, k, BasicDataRow::new)),
            new Rows<>(Owner.REPORT, SelfEvaluationReport.class, "sections", "报告章节", Owner.REPORT_SECTION,
                    (c, r) -> numbered(r.sections), (c, r, k) -> grow(r.sections, k, ReportSection::new)),
            new Rows<>(Owner.REPORT_SECTION, ReportSection.class, "subsections", "下级章节", Owner.REPORT_SECTION,
                    (c, s) -> numbered(s.subsections), (c, s, k) -> grow(s.subsections, k, ReportSection::new)),
            new Rows<>(Owner.PROJECT, Project.class, "monitoring", "运行监控", Owner.MONITORING,
                    (c, p) -> periods(c.year(), p.id), (c, p, month) -> period(c.year(), p.id, month)),
            new Rows<>(Owner.OVERALL, UnitOverall.class, "monitoring", "运行监控", Owner.MONITORING,
                    (c, o) -> periods(c.year(), ""), (c, o, month) -> period(c.year(), "", month)),
            new Rows<>(Owner.INDICATOR, Indicator.class, "monitoring", "指标运行监控", Owner.INDICATOR_MONITORING,
                    (c, i) -> c.year() == null ? List.of() : c.year().monitorings.stream()
                            .filter(m -> m.projectId.equals(c.projectId()))
                            .flatMap(m -> m.indicator(i.id).map(r -> new Rows.Row(m.month, r)).stream()).toList(),
                    (c, i, month) -> {
                        Monitoring m = period(c.year(), c.projectId(), month);
                        return m == null ? null : m.indicatorOrCreate(i.id);
                    }));

    private FieldCatalogue() {
    }

    /** Every field, by owner in catalogue order. */
    public static List<Field<?>> fields() {
        return FIELDS;
    }

    /** The fields of one owner, in catalogue order. */
    public static List<Field<?>> fields(Owner owner) {
        return FIELDS.stream().filter(f -> f.owner() == owner).toList();
    }

    /** The field of an owner with this path (relative to the owner), if the catalogue has one. */
    public static Optional<Field<?>> field(Owner owner, String path) {
        return FIELDS.stream().filter(f -> f.owner() == owner && f.path().equals(path)).findFirst();
    }

    /** The lists that lead from an owner to its rows, in catalogue order. */
    public static List<Rows<?>> rowsOf(Owner parent) {
        return ROWS.stream().filter(r -> r.parent() == parent).toList();
    }

    public static Optional<Rows<?>> rows(Owner parent, String name) {
        return ROWS.stream().filter(r -> r.parent() == parent && r.name().equals(name)).findFirst();
    }

    /** What a path from a root names: a field, a list, or nothing the catalogue knows. */
    public static Optional<CatalogueEntry> find(Owner root, String path) {
        Owner owner = root;
        String rest = path == null ? "" : path;
        while (true) {
            Optional<Field<?>> f = field(owner, rest);
            if (f.isPresent()) {
                return Optional.of(f.get());
            }
            Optional<Rows<?>> whole = rows(owner, rest);
            if (whole.isPresent()) {
                return Optional.of(whole.get());
            }
            int dot = rest.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            Matcher m = INDEXED.matcher(rest.substring(0, dot));
            if (!m.matches()) {
                return Optional.empty();
            }
            Optional<Rows<?>> r = rows(owner, m.group(1));
            if (r.isEmpty()) {
                return Optional.empty();
            }
            owner = r.get().child();
            rest = rest.substring(dot + 1);
        }
    }

    /** A field found on a unit's data: the field and the object that holds its value. */
    public record Located(Field<?> field, Object owner) {
        public String get() {
            return field.read(owner);
        }

        public void set(String value) {
            field.write(owner, value);
        }
    }

    /** The field an address names on this unit's year, with its owner object; empty when either is missing. */
    public static Optional<Located> locate(Unit unit, FiscalYear year, FieldAddress at) {
        return walk(unit, year, at, false);
    }

    /** Follows an address from its root down its rows to its field; {@code add}: rows the unit lacks are added. */
    private static Optional<Located> walk(Unit unit, FiscalYear year, FieldAddress at, boolean add) {
        Rows.Context context = new Rows.Context(unit, year, at.projectId(), at.indicatorId());
        Optional<Object> root = root(unit, year, at);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Object object = root.get();
        Owner owner = at.root();
        String rest = at.path();
        while (true) {
            Optional<Field<?>> f = field(owner, rest);
            if (f.isPresent()) {
                return Optional.of(new Located(f.get(), object));
            }
            int dot = rest.indexOf('.');
            Matcher m = dot < 0 ? null : INDEXED.matcher(rest.substring(0, dot));
            if (m == null || !m.matches()) {
                return Optional.empty();
            }
            Optional<Rows<?>> r = rows(owner, m.group(1));
            if (r.isEmpty()) {
                return Optional.empty();
            }
            int index = Integer.parseInt(m.group(2));
            Optional<Object> row = add ? r.get().rowOrAdd(context, object, index) : r.get().row(context, object, index);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            object = row.get();
            owner = r.get().child();
            rest = rest.substring(dot + 1);
        }
    }

    /**
     * As {@link #locate}, adding what the address needs and the unit lacks: the rows of its lists
     * up to the one it numbers (blank ones before it), the project's or the 部门整体's indicator of
     * its id, the monitoring period of its month. A form read back into a unit (导入表格) sets its
     * values here. Empty only when the address names no field of the catalogue, its project is not
     * in the year or the year is missing.
     */
    public static Optional<Located> locateOrAdd(Unit unit, FiscalYear year, FieldAddress at) {
        if (at.root() == Owner.INDICATOR && year != null) {
            List<Indicator> list = at.projectId().isEmpty() ? year.overall.indicators
                    : project(year, at.projectId()).map(p -> p.indicators).orElse(null);
            if (list != null && !at.indicatorId().isEmpty() && list.stream().noneMatch(i -> i.id.equals(at.indicatorId()))) {
                Indicator added = new Indicator();
                added.id = at.indicatorId();
                list.add(added);
            }
        }
        return walk(unit, year, at, true);
    }

    /**
     * Where an address points, in the clerk's words: '机要工作经费 · 三级指标“公文处理数量” · 指标值',
     * '基础数据表 · 经费控制情况第4行 · 本年预算数'. What the unit no longer has is named by the
     * catalogue's labels alone.
     */
    public static String describe(Unit unit, FiscalYear year, FieldAddress at) {
        List<String> parts = new ArrayList<>();
        Optional<Project> project = project(year, at.projectId());
        switch (at.root()) {
            case UNIT -> parts.add("单位信息");
            case YEAR -> parts.add(year == null ? "年度" : year.year + "年度");
            case OVERALL -> parts.add("部门整体");
            case BASIC_DATA -> parts.add("基础数据表");
            case REPORT -> parts.add("自评报告");
            default -> {
                if (at.projectId().isEmpty()) {
                    parts.add("部门整体");
                }
            }
        }
        project.ifPresent(p -> parts.add(p.name));
        if (at.root() == Owner.INDICATOR) {
            String name = root(unit, year, at).map(o -> ((Indicator) o).name).orElse("");
            parts.add(name.isBlank() ? "三级指标" : "三级指标“" + name + "”");
        }
        Owner owner = at.root();
        String rest = at.path();
        while (true) {
            Optional<Field<?>> f = field(owner, rest);
            if (f.isPresent()) {
                parts.add(f.get().label());
                break;
            }
            int dot = rest.indexOf('.');
            Matcher m = dot < 0 ? null : INDEXED.matcher(rest.substring(0, dot));
            Optional<Rows<?>> r = m == null || !m.matches() ? Optional.empty() : rows(owner, m.group(1));
            if (r.isEmpty()) {
                parts.add(rest);
                break;
            }
            int index = Integer.parseInt(m.group(2));
            parts.add(r.get().name().equals("monitoring") ? r.get().label() + "（截至" + index + "月）"
                    : r.get().label() + "第" + (index + 1) + "行");
            owner = r.get().child();
            rest = rest.substring(dot + 1);
        }
        return String.join(" · ", parts);
    }

    /** The value at an address as text; empty when the address names nothing on this unit. */
    public static Optional<String> read(Unit unit, FiscalYear year, FieldAddress at) {
        return locate(unit, year, at).map(Located::get);
    }

    private static Optional<Object> root(Unit unit, FiscalYear year, FieldAddress at) {
        return switch (at.root()) {
            case UNIT -> Optional.ofNullable(unit);
            case YEAR -> Optional.ofNullable(year);
            case OVERALL -> Optional.ofNullable(year).map(y -> y.overall);
            case BASIC_DATA -> Optional.ofNullable(year).map(y -> y.basicData);
            case REPORT -> Optional.ofNullable(year).map(y -> y.report);
            case PROJECT -> project(year, at.projectId()).map(p -> p);
            case INDICATOR -> {
                List<Indicator> list = at.projectId().isEmpty()
                        ? (year == null ? List.of() : year.overall.indicators)
                        : project(year, at.projectId()).map(p -> p.indicators).orElse(List.of());
                yield list.stream().filter(i -> i.id.equals(at.indicatorId())).findFirst().map(i -> i);
            }
            default -> Optional.empty();
        };
    }

    private static Optional<Project> project(FiscalYear year, String id) {
        return year == null ? Optional.empty() : year.projects.stream().filter(p -> p.id.equals(id)).findFirst();
    }

    private static List<Rows.Row> numbered(List<?> items) {
        return IntStream.range(0, items.size()).mapToObj(k -> new Rows.Row(k, items.get(k))).toList();
    }

    /** The list's item {@code index}, with new items appended up to it. */
    private static <T> T grow(List<T> list, int index, java.util.function.Supplier<T> blank) {
        while (list.size() <= index) {
            list.add(blank.get());
        }
        return list.get(index);
    }

    /** The monitoring period of a project (empty id: the 部门整体) to the end of a month, started when missing. */
    private static Monitoring period(FiscalYear year, String projectId, int month) {
        if (year == null || month < 1 || month > 12) {
            return null;
        }
        return year.monitoring(projectId, month).orElseGet(() -> {
            Monitoring m = new Monitoring(projectId, month);
            year.monitorings.add(m);
            return m;
        });
    }

    private static List<Rows.Row> periods(FiscalYear year, String projectId) {
        if (year == null) {
            return List.of();
        }
        List<Rows.Row> out = new ArrayList<>();
        for (Monitoring m : year.monitorings) {
            if (m.projectId.equals(projectId)) {
                out.add(new Rows.Row(m.month, m));
            }
        }
        return out;
    }

    private static List<Field<?>> collect() {
        List<Field<?>> out = new ArrayList<>();
        for (Class<?> holder : HOLDERS) {
            for (java.lang.reflect.Field f : holder.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && f.getType() == Field.class) {
                    try {
                        out.add((Field<?>) f.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
