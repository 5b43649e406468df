package cn.jixiao.importing;

import cn.jixiao.documents.FormReader;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.CompoundEdit;
import cn.jixiao.editing.Edit;
import cn.jixiao.editing.FieldEdit;
import cn.jixiao.fields.BasicDataFields;
import cn.jixiao.fields.Field;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.fields.FieldCatalogue;
import cn.jixiao.fields.Owner;
import cn.jixiao.projects.YearEdits;
import cn.jixiao.store.UnitFile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Builds what an import plan changes, on copies, before anything is touched: the years to add,
 * each year's project list with the new projects and the merged copies, the year's unit-level
 * forms, the unit's empty fields the forms fill; then makes it one {@link Edit}. Every value is
 * set through the field catalogue at its address, the project and indicator ids of the form
 * replaced by those of the project it goes into.
 */
final class ImportBuild {
    private final Unit unit;
    private final Map<Integer, FiscalYear> addedYears = new LinkedHashMap<>();
    private final Map<FiscalYear, YearWork> work = new LinkedHashMap<>();
    private final Map<Field<?>, String> unitValues = new LinkedHashMap<>();
    /** What settling the 基础数据表's lines guessed or left unlinked; made once every form is in. */
    private List<String> notes;
    private static final java.util.regex.Pattern BASIC_LINE = java.util.regex.Pattern.compile("rows\\[(\\d+)]\\.(.+)");

    /** The 指标体系 each of our own exports names (document → framework id): a year the import makes takes it. */
    private final Map<java.nio.file.Path, String> frameworks;

    ImportBuild(Unit unit, List<DocumentPreview> documents) {
        this.unit = unit;
        this.frameworks = new java.util.HashMap<>();
        documents.forEach(d -> frameworks.put(d.file(), d.framework()));
    }

    /** What the plan changes in one year. */
    private static final class YearWork {
        final FiscalYear year;
        final List<Project> after;
        final Map<Project, Project> merged = new IdentityHashMap<>();
        final List<Project> added = new ArrayList<>();
        final Map<String, Project> newByName = new LinkedHashMap<>();
        /** Copies of the year's unit-level forms and own fields, made when a form sets any. */
        FiscalYear level;
        /** The 基础数据表 lines the forms set, by index, and whether they gave the line's kind and link. */
        final Map<Integer, BasicDataLinks.Line> basicLines = new java.util.TreeMap<>();

        YearWork(FiscalYear year) {
            this.year = year;
            this.after = new ArrayList<>(year.projects);
        }
    }

    /**
     * The year, added when the unit has none of that number: like the nearest one, with the 指标体系
     * our own export of {@code form} was printed with (so its empty 二级 print again) when the unit knows it.
     */
    private FiscalYear year(int number, FormPreview form) {
        return unit.year(number).orElseGet(() -> addedYears.computeIfAbsent(number, n -> {
            FiscalYear added = YearEdits.blankYear(unit, n);
            String named = frameworks.getOrDefault(form.document(), "");
            if (!named.isBlank() && unit.framework(named).isPresent()) {
                added.frameworkId = named;
            }
            return added;
        }));
    }

    private YearWork work(FiscalYear year) {
        return work.computeIfAbsent(year, YearWork::new);
    }

    /** Brings one form in: a project form as a new project or into the one chosen, a unit-level form into its year. */
    void add(FormPreview form, ImportChoice choice, int yearNumber) {
        if (!form.isProject()) {
            addUnitLevel(form, year(yearNumber, form));
            return;
        }
        Project target;
        YearWork w;
        if (choice instanceof ImportChoice.MergeInto m) {
            FiscalYear of = unit.years.stream().filter(y -> y.projects.stream().anyMatch(p -> p == m.target())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("要合并到的项目“" + m.target().name + "”已不在单位中。"));
            w = work(of);
            target = w.merged.get(m.target());
            if (target == null) {
                target = Json.copy(m.target(), Project.class);
                w.merged.put(m.target(), target);
                w.after.set(w.after.indexOf(m.target()), target);
            }
        } else {
            w = work(year(yearNumber, form));
            String key = Importing.fold(form.name());
            target = key.isEmpty() ? null : w.newByName.get(key);
            if (target == null) {
                target = new Project();
                target.lineage = lineage(yearNumber, form.name());
                w.after.add(target);
                w.added.add(target);
                if (!key.isEmpty()) {
                    w.newByName.put(key, target);
                }
            }
        }
        FiscalYear scratch = new FiscalYear(w.year.year);
        scratch.projects.add(target);
        set(form.values(), target.id, target.indicators, scratch);
    }

    private void addUnitLevel(FormPreview form, FiscalYear year) {
        YearWork w = work(year);
        if (w.level == null) {
            FiscalYear level = new FiscalYear(year.year);
            for (Field<?> f : FieldCatalogue.fields(Owner.YEAR)) {
                f.write(level, f.read(year));
            }
            level.overall = Json.copy(year.overall, cn.jixiao.domain.UnitOverall.class);
            level.basicData = Json.copy(year.basicData, cn.jixiao.domain.BasicDataTable.class);
            level.report = Json.copy(year.report, cn.jixiao.domain.SelfEvaluationReport.class);
            w.level = level;
        }
        List<FormReader.Value> rest = new ArrayList<>();
        for (FormReader.Value v : form.values()) {
            if (v.at().root() == Owner.UNIT) {
                // the clerk's own unit information is filled where empty, never replaced by a file's
                FieldCatalogue.field(Owner.UNIT, v.at().path()).ifPresent(f -> {
                    if (f.read(unit).isBlank() && !v.text().isBlank()) {
                        unitValues.put(f, v.text());
                    }
                });
            } else {
                rest.add(v);
                basicLine(w, v.at());
            }
        }
        set(rest, "", w.level.overall.indicators, w.level);
    }

    /** Notes a 基础数据表 line the form sets, and whether it gives the line's 行类别 and 对应项目. */
    private static void basicLine(YearWork w, FieldAddress at) {
        java.util.regex.Matcher m = BASIC_LINE.matcher(at.path());
        if (at.root() != Owner.BASIC_DATA || !m.matches()) {
            return;
        }
        int k = Integer.parseInt(m.group(1));
        BasicDataLinks.Line was = w.basicLines.getOrDefault(k, new BasicDataLinks.Line(false, false));
        w.basicLines.put(k, new BasicDataLinks.Line(was.kindGiven() || m.group(2).equals(BasicDataFields.ROW_KIND.path()),
                was.linkGiven() || m.group(2).equals(BasicDataFields.ROW_PROJECT.path())));
    }

    /**
     * Once every form is in: each 基础数据表 line the import set gets its kind and its project among
     * the year's projects as they will be ({@link BasicDataLinks}); done once.
     */
    private List<String> settle() {
        if (notes == null) {
            notes = new ArrayList<>();
            for (YearWork w : work.values()) {
                if (w.level != null && !w.basicLines.isEmpty()) {
                    notes.addAll(BasicDataLinks.settle(w.level.basicData.rows, w.year.basicData.rows, w.basicLines, w.after));
                }
            }
        }
        return notes;
    }

    /** What the import guessed or could not place beyond the forms' own reading (a 对应项目 taken by name, or none found). */
    List<String> notes() {
        return List.copyOf(settle());
    }

    /** Sets the values on {@code in}: project ids become {@code projectId}, indicator ids those of {@code indicators} they match. */
    private void set(List<FormReader.Value> values, String projectId, List<Indicator> indicators, FiscalYear in) {
        Map<String, String> ids = indicatorIds(values, indicators);
        for (FormReader.Value v : values) {
            FieldAddress at = v.at();
            boolean ofProject = at.root() == Owner.PROJECT || (at.root() == Owner.INDICATOR && !at.projectId().isEmpty());
            FieldAddress to = new FieldAddress(at.root(), ofProject ? projectId : at.projectId(),
                    at.indicatorId().isEmpty() ? "" : ids.get(at.indicatorId()), at.path());
            // a blank cell states nothing: merged into a project, it never clears what the clerk has saved
            if (Importing.isMonitoring(to) || v.text().isBlank()) {
                continue;
            }
            FieldCatalogue.locateOrAdd(unit, in, to).ifPresent(l -> l.set(v.text()));
        }
    }

    /**
     * The indicator each of the form's indicators goes into: the same one (our own export of this
     * unit), else the existing one of the same 三级 name and 一级, 二级 where the form gives them, else
     * the existing one of the same 三级 name under any 一级/二级 (a 二级 worded otherwise on the form,
     * '社会公众或服务对象满意度指标' for '服务对象满意度指标', is still that indicator); each at most once;
     * else a new one.
     */
    private static Map<String, String> indicatorIds(List<FormReader.Value> values, List<Indicator> existing) {
        Map<String, Map<String, String>> keys = new LinkedHashMap<>();
        for (FormReader.Value v : values) {
            if (v.at().root() == Owner.INDICATOR && !v.at().indicatorId().isEmpty()) {
                keys.computeIfAbsent(v.at().indicatorId(), k -> new LinkedHashMap<>()).put(v.at().path(), v.text());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (boolean byNameOnly : new boolean[] {false, true}) {
            for (var e : keys.entrySet()) {
                if (out.containsKey(e.getKey())) {
                    continue;
                }
                Map<String, String> k = e.getValue();
                existing.stream()
                        .filter(i -> !used.contains(i.id))
                        .filter(i -> i.id.equals(e.getKey()) || (k.containsKey("name") && Importing.sameName(i.name, k.get("name"))
                                && (byNameOnly || sameWhereGiven(k, "category", i.category) && sameWhereGiven(k, "subcategory", i.subcategory))))
                        .findFirst()
                        .ifPresent(i -> {
                            used.add(i.id);
                            out.put(e.getKey(), i.id);
                        });
            }
        }
        for (String key : keys.keySet()) {
            out.computeIfAbsent(key, k -> UUID.randomUUID().toString());
        }
        // the form's order, as the values came
        Map<String, String> ordered = new LinkedHashMap<>();
        keys.keySet().forEach(key -> ordered.put(key, out.get(key)));
        return ordered;
    }

    private static boolean sameWhereGiven(Map<String, String> form, String path, String existing) {
        return !form.containsKey(path) || Importing.fold(form.get(path)).equals(Importing.fold(existing));
    }

    /**
     * The lineage of a new project: that of last year's project of the same name (so 开始下一年度
     * and the self-evaluation's targets see one project), else that of next year's project of the
     * same name not yet continued from this year, else a lineage of its own.
     */
    private String lineage(int year, String name) {
        Optional<Project> last = projectsOf(year - 1).stream().filter(p -> Importing.sameName(p.name, name)).findFirst();
        if (last.isPresent()) {
            return last.get().lineage;
        }
        Set<String> taken = new HashSet<>();
        projectsOf(year).forEach(p -> taken.add(p.lineage));
        return projectsOf(year + 1).stream().filter(p -> Importing.sameName(p.name, name) && !taken.contains(p.lineage))
                .findFirst().map(p -> p.lineage).orElseGet(() -> UUID.randomUUID().toString());
    }

    private List<Project> projectsOf(int year) {
        FiscalYear y = unit.year(year).orElse(addedYears.get(year));
        if (y == null) {
            return List.of();
        }
        YearWork w = work.get(y);
        return w == null ? y.projects : w.after;
    }

    /** What merging changes, field by field, for a build that holds one form. */
    List<FieldChange> changes() {
        return changes(true);
    }

    /**
     * As {@link #changes()}, the merged projects' changes left out when {@code projects} is false: for a
     * unit-level form built with the project forms that come in with it (so its 对应项目 find them).
     */
    List<FieldChange> changes(boolean projects) {
        settle();
        List<FieldChange> out = new ArrayList<>();
        for (YearWork w : work.values()) {
            for (var e : projects ? w.merged.entrySet() : Map.<Project, Project>of().entrySet()) {
                Changes.project(e.getKey(), e.getValue(), out);
            }
            if (w.level != null) {
                List<Project> named = new ArrayList<>(w.after);
                named.addAll(w.year.projects);
                Changes.level(w.year, w.level, named, out);
            }
        }
        unitValues.forEach((f, v) -> out.add(new FieldChange("单位信息 " + f.label(), f.read(unit), v)));
        return out;
    }

    /** The whole import as one edit, one undo step. */
    Edit edit(String description) {
        settle();
        List<Edit> parts = new ArrayList<>();
        addedYears.values().forEach(y -> parts.add(YearEdits.add(unit, y)));
        for (YearWork w : work.values()) {
            if (!w.added.isEmpty() || !w.merged.isEmpty()) {
                parts.add(projects(description, w));
            }
            if (w.level != null) {
                parts.add(level(description, w.year, w.level));
            }
        }
        unitValues.forEach((f, v) -> parts.add(unitField(f, v)));
        return new CompoundEdit(description, parts);
    }

    private static Edit projects(String description, YearWork w) {
        FiscalYear year = w.year;
        List<Project> before = new ArrayList<>(year.projects);
        List<Project> after = List.copyOf(w.after);
        Map<Project, Project> merged = new IdentityHashMap<>(w.merged);
        return new Edit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void apply(UnitFile file) {
                file.transaction(() -> {
                    year.projects.clear();
                    year.projects.addAll(after);
                    file.saveProjects(year);
                    merged.values().forEach(p -> file.saveProjectWithIndicators(year.year, p, year.projects.indexOf(p)));
                });
            }

            @Override
            public void revert(UnitFile file) {
                file.transaction(() -> {
                    year.projects.clear();
                    year.projects.addAll(before);
                    file.saveProjects(year);
                    merged.keySet().forEach(p -> file.saveProjectWithIndicators(year.year, p, year.projects.indexOf(p)));
                });
            }
        };
    }

    private static Edit level(String description, FiscalYear year, FiscalYear level) {
        FiscalYear before = new FiscalYear(year.year);
        copyLevel(year, before);
        return new Edit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void apply(UnitFile file) {
                put(file, level);
            }

            @Override
            public void revert(UnitFile file) {
                put(file, before);
            }

            private void put(UnitFile file, FiscalYear from) {
                file.transaction(() -> {
                    copyLevel(from, year);
                    file.saveYear(year);
                    file.saveIndicators(UnitFile.overallOwner(year.year), year.overall.indicators);
                });
            }
        };
    }

    /** The unit-level forms and the year's own fields of {@code from}, put on {@code to} (the objects, not copies). */
    private static void copyLevel(FiscalYear from, FiscalYear to) {
        for (Field<?> f : FieldCatalogue.fields(Owner.YEAR)) {
            f.write(to, f.read(from));
        }
        to.overall = from.overall;
        to.basicData = from.basicData;
        to.report = from.report;
    }

    @SuppressWarnings("unchecked")
    private Edit unitField(Field<?> field, String value) {
        Field<Unit> f = (Field<Unit>) field;
        return new FieldEdit<>("修改" + f.label(), f.get(unit), value, v -> f.set(unit, v), (file, v) -> file.saveUnitInfo(unit));
    }
}
