package cn.jixiao.app.project;

import cn.jixiao.app.Messages;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Funds;
import cn.jixiao.domain.Project;
import cn.jixiao.editing.Edits;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The project editor's state: one {@link FieldModel} per field, the computed 资金总额 and its check. */
public final class ProjectEditorModel {
    private final MainViewModel vm;
    private final FiscalYear year;
    private final Project project;
    private final Map<String, FieldModel> fields = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper computedTotal = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper totalWarning = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper draft = new ReadOnlyBooleanWrapper();
    private final InvalidationListener onHistory = o -> reload();

    public ProjectEditorModel(MainViewModel vm, FiscalYear year, Project project) {
        this.vm = vm;
        this.year = year;
        this.project = project;
        text("name", Messages.text("projectEditorModel.text.name"), p -> p.name, (p, v) -> p.name = v);
        text("supervisingDepartment", Messages.text("projectEditorModel.text.supervisingDepartment"), p -> p.supervisingDepartment, (p, v) -> p.supervisingDepartment = v);
        text("implementingUnit", Messages.text("projectEditorModel.text.implementingUnit"), p -> p.implementingUnit, (p, v) -> p.implementingUnit = v);
        text("attribute", Messages.text("projectEditorModel.text.projectNature"), p -> p.attribute, (p, v) -> p.attribute = v);
        text("projectType", Messages.text("projectEditorModel.text.projectType"), p -> p.projectType, (p, v) -> p.projectType = v);
        text("period", Messages.text("projectEditorModel.text.period"), p -> p.period, (p, v) -> p.period = v);
        text("startEnd", Messages.text("projectEditorModel.text.startEnd"), p -> p.startEnd, (p, v) -> p.startEnd = v);
        text("manager", Messages.text("projectEditorModel.text.manager"), p -> p.manager, (p, v) -> p.manager = v);
        text("managerPhone", Messages.text("projectEditorModel.text.managerPhone"), p -> p.managerPhone, (p, v) -> p.managerPhone = v);
        text("liaison", Messages.text("projectEditorModel.text.liaison"), p -> p.liaison, (p, v) -> p.liaison = v);
        text("liaisonPhone", Messages.text("projectEditorModel.text.liaisonPhone"), p -> p.liaisonPhone, (p, v) -> p.liaisonPhone = v);
        text("overview", Messages.text("projectEditorModel.text.overview"), p -> p.overview, (p, v) -> p.overview = v);
        text("basis", Messages.text("projectEditorModel.text.basis"), p -> p.basis, (p, v) -> p.basis = v);
        text("longTermGoal", Messages.text("projectEditorModel.text.longTermGoal"), p -> p.longTermGoal, (p, v) -> p.longTermGoal = v);
        text("annualGoal", Messages.text("projectEditorModel.text.annualGoal"), p -> p.annualGoal, (p, v) -> p.annualGoal = v);
        money("fiscalAppropriation", Messages.text("projectEditorModel.text.fiscalAppropriation"), f -> f.fiscalAppropriation, (f, v) -> f.fiscalAppropriation = v);
        money("otherFunds", Messages.text("projectEditorModel.text.otherFunds"), f -> f.otherFunds, (f, v) -> f.otherFunds = v);
        money("centralThisYear", Messages.text("projectEditorModel.text.centralThisYear"), f -> f.centralThisYear, (f, v) -> f.centralThisYear = v);
        money("centralLastYear", Messages.text("projectEditorModel.text.centralLastYear"), f -> f.centralLastYear, (f, v) -> f.centralLastYear = v);
        money("provincialThisYear", Messages.text("projectEditorModel.text.provincialThisYear"), f -> f.provincialThisYear, (f, v) -> f.provincialThisYear = v);
        money("provincialLastYear", Messages.text("projectEditorModel.text.provincialLastYear"), f -> f.provincialLastYear, (f, v) -> f.provincialLastYear = v);
        money("cityThisYear", Messages.text("projectEditorModel.text.cityThisYear"), f -> f.cityThisYear, (f, v) -> f.cityThisYear = v);
        money("cityLastYear", Messages.text("projectEditorModel.text.cityLastYear"), f -> f.cityLastYear, (f, v) -> f.cityLastYear = v);
        money("countyThisYear", Messages.text("projectEditorModel.text.countyThisYear"), f -> f.countyThisYear, (f, v) -> f.countyThisYear = v);
        money("countyLastYear", Messages.text("projectEditorModel.text.countyLastYear"), f -> f.countyLastYear, (f, v) -> f.countyLastYear = v);
        money("statedTotal", Messages.text("projectEditorModel.text.statedTotal"), f -> f.statedTotal, (f, v) -> f.statedTotal = v);
        money("lastYearStatedTotal", Messages.text("projectEditorModel.text.lastYearStatedTotal"), f -> f.lastYearStatedTotal, (f, v) -> f.lastYearStatedTotal = v);
        vm.historyChangedProperty().addListener(new WeakInvalidationListener(onHistory));
        reload();
    }

    private void text(String key, String label, Function<Project, String> get, BiConsumer<Project, String> set) {
        fields.put(key, new FieldModel(label, () -> get.apply(project),
                v -> Edits.projectField(label, year, project, get, set, v), false));
    }

    private void money(String key, String label, Function<Funds, Amount> get, BiConsumer<Funds, Amount> set) {
        fields.put(key, new FieldModel(label, () -> get.apply(project.funds).text(),
                v -> Edits.projectField(label, year, project, p -> get.apply(p.funds).text(),
                        (p, t) -> set.accept(p.funds, Amount.of(t)), v), true));
    }

    public FieldModel field(String key) {
        FieldModel f = fields.get(key);
        if (f == null) {
            throw new IllegalArgumentException(key);
        }
        return f;
    }

    public List<FieldModel> fields() {
        return new ArrayList<>(fields.values());
    }

    public MainViewModel main() {
        return vm;
    }

    public FiscalYear year() {
        return year;
    }

    public Project project() {
        return project;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** 财政拨款 + 其他资金 (or the levels), as the program adds them up. */
    public ReadOnlyStringProperty computedTotalProperty() {
        return computedTotal.getReadOnlyProperty();
    }

    /** Empty, or why the stated 资金总额 needs a look: it differs from its parts (both are kept). */
    public ReadOnlyStringProperty totalWarningProperty() {
        return totalWarning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty draftProperty() {
        return draft.getReadOnlyProperty();
    }

    /** The clerk has checked a project copied from last year: it is no longer a draft. */
    public void confirmDraft() {
        vm.perform(Edits.projectField(Messages.text("projectEditorModel.text.draftMark"), year, project, p -> p.draft, (p, v) -> p.draft = v, false));
    }

    /** Commits the field, unless it is the one being typed in (the view commits that on focus loss). */
    public boolean commit(String key) {
        return field(key).commit(vm);
    }

    private void reload() {
        fields.values().forEach(FieldModel::reload);
        heading.set(project.name.isBlank() ? Messages.text("projectEditorModel.text.unnamedProject") : project.name);
        draft.set(project.draft);
        Funds f = project.funds;
        BigDecimal computed = f.computedTotal();
        computedTotal.set(computed.toPlainString());
        boolean anyPart = !f.fiscalAppropriation.isEmpty() || !f.otherFunds.isEmpty() || !f.centralThisYear.isEmpty()
                || !f.provincialThisYear.isEmpty() || !f.cityThisYear.isEmpty() || !f.countyThisYear.isEmpty();
        if (anyPart && !f.statedTotal.isEmpty() && f.statedTotal.value().map(v -> v.compareTo(computed) != 0).orElse(true)) {
            totalWarning.set(Messages.text("projectEditorModel.text.statedTotalDiffers", f.statedTotal.text(), computed.toPlainString()));
        } else {
            totalWarning.set("");
        }
    }
}
