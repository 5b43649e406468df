package cn.jixiao.app.indicator;

import cn.jixiao.app.Messages;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.Edits;
import cn.jixiao.indicators.FrameworkSwitch;
import cn.jixiao.indicators.IndicatorCopies;
import cn.jixiao.indicators.IndicatorLibrary;
import cn.jixiao.indicators.IndicatorOutline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The indicator tree editor's operations on one project; each is one undoable, saved edit. */
public final class IndicatorEditorModel {
    /** The editable columns of a 三级 row. */
    public enum Column {
        NAME("name", Messages.text("indicatorEditorModel.text.name"), i -> i.name, (i, v) -> i.name = v),
        TARGET("target", Messages.text("indicatorEditorModel.text.target"), i -> i.target, (i, v) -> i.target = v),
        COMPARATOR("comparator", Messages.text("indicatorEditorModel.text.comparator"), i -> i.comparator, (i, v) -> i.comparator = v),
        UNIT("unitOfMeasure", Messages.text("indicatorEditorModel.text.unitOfMeasure"), i -> i.unitOfMeasure, (i, v) -> i.unitOfMeasure = v),
        WEIGHT("weight", Messages.text("indicatorEditorModel.text.weight"), i -> i.weight, (i, v) -> i.weight = v),
        CONTENT("targetContent", Messages.text("indicatorEditorModel.text.targetContent"), i -> i.targetContent, (i, v) -> i.targetContent = v),
        RULE("scoringRule", Messages.text("indicatorEditorModel.text.scoringRule"), i -> i.scoringRule, (i, v) -> i.scoringRule = v);

        /** The indicator's field as a review finding names it ({@code FieldRef#field}). */
        final String field;
        final String title;
        final Function<Indicator, String> get;
        final BiConsumer<Indicator, String> set;

        Column(String field, String title, Function<Indicator, String> get, BiConsumer<Indicator, String> set) {
            this.field = field;
            this.title = title;
            this.get = get;
            this.set = set;
        }

        public String title() {
            return title;
        }

        public String of(Indicator i) {
            return get.apply(i);
        }

        /** The column of a field named by a finding; 指标名称 for a finding about the row as a whole. */
        public static Column ofField(String field) {
            for (Column c : values()) {
                if (c.field.equals(field)) {
                    return c;
                }
            }
            return NAME;
        }
    }

    private final MainViewModel vm;
    private final FiscalYear year;
    private final Project project;

    public IndicatorEditorModel(MainViewModel vm, FiscalYear year, Project project) {
        this.vm = vm;
        this.year = year;
        this.project = project;
    }

    public MainViewModel main() {
        return vm;
    }

    private Unit unit() {
        return vm.unit();
    }

    public Framework framework() {
        return unit().frameworkOf(year, project).orElse(null);
    }

    /** The unit's own frameworks, then the built-in ones. */
    public List<Framework> frameworks() {
        List<Framework> out = new ArrayList<>(unit().frameworks);
        for (Framework f : Frameworks.builtIn()) {
            if (out.stream().noneMatch(o -> o.id.equals(f.id))) {
                out.add(f);
            }
        }
        return out;
    }

    public IndicatorOutline outline() {
        return IndicatorOutline.of(framework(), project.indicators);
    }

    public List<Indicator> indicators() {
        return project.indicators;
    }

    /** What the tree shows; when it changes the tree is built again, else only its cells refresh. */
    List<Object> shape() {
        List<Object> s = new ArrayList<>();
        Framework f = framework();
        s.add(f == null ? "" : f.id);
        s.add(List.copyOf(project.notApplicable));
        for (Indicator i : project.indicators) {
            s.add(new Identity(i));
            s.add(i.category + "/" + i.subcategory);
        }
        return s;
    }

    /** Compares objects by identity: a copy with the same id is another row. */
    private record Identity(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity id && id.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    public boolean isNotApplicable(String category, String subcategory) {
        return project.notApplicable.contains(category + "/" + subcategory);
    }

    public Indicator insert(String category, String subcategory, int index) {
        Indicator added = new Indicator();
        List<Indicator> after = IndicatorOutline.insert(framework(), project.indicators, category, subcategory, index, added);
        vm.perform(Edits.indicators(Messages.text("indicatorEditorModel.text.addEdit"), project.id, project.indicators, after));
        return added;
    }

    public void delete(Indicator i) {
        vm.perform(Edits.indicators(Messages.text("indicatorEditorModel.text.deleteEdit", i.name), project.id, project.indicators,
                IndicatorOutline.remove(project.indicators, i)));
    }

    /** One place up or down within the 二级; false at either end. */
    public boolean shift(Indicator i, int delta) {
        List<Indicator> after = IndicatorOutline.shift(framework(), project.indicators, i, delta);
        if (after.equals(project.indicators)) {
            return false;
        }
        vm.perform(Edits.indicators(delta < 0 ? Messages.text("indicatorEditorModel.text.moveUpEdit") : Messages.text("indicatorEditorModel.text.moveDownEdit"), project.id, project.indicators, after));
        return true;
    }

    public void move(Indicator i, String category, String subcategory, int index) {
        List<Indicator> after = IndicatorOutline.move(framework(), project.indicators, i, category, subcategory, index);
        if (!after.equals(project.indicators)) {
            vm.perform(Edits.indicators(Messages.text("indicatorEditorModel.text.moveEdit"), project.id, project.indicators, after));
        }
    }

    public void set(Indicator i, Column column, String value) {
        String v = value == null ? "" : value.strip();
        if (!Objects.equals(v, column.of(i)) && project.indicators.contains(i)) {
            vm.perform(Edits.indicatorField(column.title, project.id, project.indicators, i, column.get, column.set, v));
        }
    }

    /** Fills the row from a 指标库 entry (name, 指标值, 度量单位, 指标值类型) as one undoable edit. */
    public void fill(Indicator i, IndicatorLibrary.Entry entry) {
        if (project.indicators.contains(i)) {
            var edit = IndicatorLibrary.fill(project.id, project.indicators, i, entry);
            if (edit != null) {
                vm.perform(edit);
            }
        }
    }

    /** Projects to copy from: this project's previous year first. */
    public List<IndicatorCopies.Source> copySources() {
        return IndicatorCopies.sources(unit(), year, project);
    }

    /** Adds copies of the chosen indicators under the matching 二级, as one edit; how many were added. */
    public int copy(List<Indicator> chosen) {
        var edit = IndicatorCopies.copyInto(unit(), year, project, chosen);
        if (edit == null) {
            return 0;
        }
        vm.perform(edit);
        return chosen.size();
    }

    public void toggleNotApplicable(String category, String subcategory) {
        String mark = category + "/" + subcategory;
        List<String> after = new ArrayList<>(project.notApplicable);
        boolean on = !after.remove(mark);
        if (on) {
            after.add(mark);
        }
        vm.perform(Edits.projectField(on ? Messages.text("indicatorEditorModel.text.markNotApplicableEdit") : Messages.text("indicatorEditorModel.text.unmarkNotApplicableEdit"), year, project, p -> List.copyOf(p.notApplicable),
                (p, v) -> p.notApplicable = new ArrayList<>(v), List.copyOf(after)));
    }

    public void switchFramework(Framework to) {
        Framework now = framework();
        if (to != null && (now == null || !now.id.equals(to.id))) {
            vm.perform(FrameworkSwitch.edit(year, project, to));
        }
    }
}
