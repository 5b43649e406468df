package cn.jixiao.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The UI stays thin: no SQL, no POI, no JDBC driver and no unit file (store) in app; its packages,
 * the root one included, have no cycles; only view models and the composition root call the
 * model's services.
 */
class AppArchitectureTest {
    private static final String ROOT = "cn.jixiao.app";
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void noSqlOrPoiInTheUi() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.sqlite..", "org.apache.poi..", "org.apache.pdfbox..", "com.fasterxml.jackson..")
                .check(APP);
    }

    /** Saving goes through the model's services (Edits, Workspace): the window never names the unit file or its backups. */
    @Test
    void theUiNeverTouchesTheStore() {
        noClasses().should().dependOnClassesThat().resideInAPackage("cn.jixiao.store..").check(APP);
    }

    /** Every package of the app is a slice of its own, sub-packages and the root package included. */
    @Test
    void packagesHaveNoCycles() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                return c.getPackageName().equals(ROOT) || c.getPackageName().startsWith(ROOT + ".")
                        ? SliceIdentifier.of(c.getPackageName()) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "every package of the app, its root included";
            }
        }).should().beFreeOfCycles().check(APP);
    }

    /**
     * The root package is the composition root (JixiaoApp builds the window from every view,
     * Launcher starts it): it may use every package, so no package may use it back.
     */
    @Test
    void nothingUsesTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage(ROOT).should().dependOnClassesThat().resideInAPackage(ROOT).check(APP);
    }

    /** A view model: a class named …ViewModel or …Model (ProjectEditorModel, FieldModel), with its nested classes. */
    private static final DescribedPredicate<JavaClass> VIEW_MODEL_OR_ROOT = DescribedPredicate.describe(
            "a view model or the composition root", c -> topLevel(c).getSimpleName().endsWith("Model") || c.getPackageName().equals(ROOT));

    /**
     * Views written before this rule that still call model services themselves (building edits,
     * running the generators, opening files) instead of through a view model. Each is to get its
     * view model (issue 15); the list may only shrink: a class that no longer calls a service
     * fails {@link #theViewsStillCallingServicesDoSo} until it is taken off.
     */
    private static final Set<String> VIEWS_STILL_CALLING_SERVICES = Set.of(
            "cn.jixiao.app.unitlevel.BasicDataEditor", "cn.jixiao.app.unitlevel.OverallEditor",
            "cn.jixiao.app.unitlevel.ReportEditor", "cn.jixiao.app.unitlevel.OverallIndicatorGrid",
            "cn.jixiao.app.unitlevel.GoalList", "cn.jixiao.app.unitlevel.CategoryWeightGrid",
            "cn.jixiao.app.unitlevel.EditorSupport", "cn.jixiao.app.unit.YearActions", "cn.jixiao.app.unit.UnitEditor",
            "cn.jixiao.app.start.NewUnitDialog", "cn.jixiao.app.project.ProjectActions", "cn.jixiao.app.project.RowTable",
            "cn.jixiao.app.main.MainView", "cn.jixiao.app.indicator.IndicatorEditor", "cn.jixiao.app.indicator.LibraryPopup",
            "cn.jixiao.app.help.HelpMenu", "cn.jixiao.app.export.ExportFolder", "cn.jixiao.app.overview.YearOverviewView");

    private static final DescribedPredicate<JavaClass> LISTED = DescribedPredicate.describe(
            "listed as still calling services", c -> VIEWS_STILL_CALLING_SERVICES.contains(topLevel(c).getName()));

    /**
     * The model's services — what reads, changes, saves, reviews or exports the unit — are
     * called by view models (and the composition root) only; views bind to view models. The
     * domain and the model's value types (records, enums: a finding, a light, a row of the
     * score sheet) may be used by any view.
     */
    @Test
    void onlyViewModelsCallModelServices() {
        noClasses().that(DescribedPredicate.not(VIEW_MODEL_OR_ROOT).and(DescribedPredicate.not(LISTED)))
                .should().callMethodWhere(DescribedPredicate.describe("the target is a model service", call -> SERVICE.test(call.getTargetOwner())))
                .orShould().callConstructorWhere(DescribedPredicate.describe("the target is a model service", call -> SERVICE.test(call.getTargetOwner())))
                .check(APP);
    }

    @Test
    void theViewsStillCallingServicesDoSo() {
        Set<String> calling = new TreeSet<>();
        for (JavaClass c : APP) {
            boolean calls = c.getMethodCallsFromSelf().stream().anyMatch(call -> SERVICE.test(call.getTargetOwner()))
                    || c.getConstructorCallsFromSelf().stream().anyMatch(call -> SERVICE.test(call.getTargetOwner()));
            if (calls && LISTED.test(c)) {
                calling.add(topLevel(c).getName());
            }
        }
        assertEquals(new TreeSet<>(VIEWS_STILL_CALLING_SERVICES), calling, "take a view off the list once its view model calls the services");
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    /**
     * A class of the model that does something (not the domain, not the field catalogue that
     * describes the domain's fields, not a value type: record, enum or interface).
     */
    private static final DescribedPredicate<JavaClass> SERVICE = DescribedPredicate.describe("a model service",
            c -> c.getPackageName().startsWith("cn.jixiao.") && !c.getPackageName().startsWith(ROOT)
                    && !c.getPackageName().startsWith("cn.jixiao.domain") && !c.getPackageName().startsWith("cn.jixiao.fields")
                    && !c.isRecord() && !c.isEnum()
                    && !c.isInterface());
}
