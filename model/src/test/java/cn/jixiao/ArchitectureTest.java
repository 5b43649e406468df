package cn.jixiao;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The model's rules: no screen, no cycle between any two packages (sub-packages included), the
 * packages in layers, the domain depends on nothing of ours, only the store talks SQL.
 */
class ArchitectureTest {
    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.jixiao");

    @Test
    void modelNeverUsesJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(MODEL);
    }

    /** Every package is a slice of its own, so a sub-package (review.checks) and its parent cannot form a cycle unseen. */
    @Test
    void packagesHaveNoCycles() {
        slices().matching("cn.jixiao.(**)").should().beFreeOfCycles().check(MODEL);
    }

    /**
     * The model's packages, bottom to top; a layer uses only the layers below it. The order is
     * what the code does today, written down: the domain (Unit, FiscalYear, Project, Amount…)
     * at the bottom; the field catalogue over it (字段目录: every printed field's path, label, stage, getter and setter); the unit file, its files and the exchange JSON; the rules (指标值 parsing,
     * scoring, 部门整体's figures, monitoring, edits, the samples); the documents (form layouts,
     * writers, the drafted report, printing, reading an imported file's tables); review (提交前审核, 年度总览); the services that change a year
     * (projects and carry-forward, indicators, self-evaluation, the 报送包 for the bureau, importing the clerk's own forms); on top the workspace the window
     * opens, the new-unit service and the CLI. A new package must be placed here.
     */
    @Test
    void packagesAreLayered() {
        String[][] layers = {
                {"Domain", "cn.jixiao.domain.."},
                {"Fields", "cn.jixiao.fields.."},
                {"Storage", "cn.jixiao.files..", "cn.jixiao.exchange..", "cn.jixiao.store.."},
                {"Rules", "cn.jixiao.target..", "cn.jixiao.scoring..", "cn.jixiao.unitlevel..", "cn.jixiao.monitoring..",
                        "cn.jixiao.editing..", "cn.jixiao.sample.."},
                {"Documents", "cn.jixiao.documents..", "cn.jixiao.report..", "cn.jixiao.printing..",
                        "cn.jixiao.importing.source.."},
                {"Review", "cn.jixiao.review..", "cn.jixiao.overview.."},
                {"Services", "cn.jixiao.projects..", "cn.jixiao.indicators..", "cn.jixiao.selfevaluation..", "cn.jixiao.bureau..",
                        "cn.jixiao.importing"},
                {"Workspace", "cn.jixiao.workspace..", "cn.jixiao.unitinfo..", "cn.jixiao.cli.."},
        };
        Architectures.LayeredArchitecture rule = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (String[] layer : layers) {
            rule = rule.layer(layer[0]).definedBy(java.util.Arrays.copyOfRange(layer, 1, layer.length));
        }
        for (int i = 0; i < layers.length; i++) {
            String[] above = new String[layers.length - 1 - i];
            for (int j = i + 1; j < layers.length; j++) {
                above[j - i - 1] = layers[j][0];
            }
            rule = above.length == 0 ? rule.whereLayer(layers[i][0]).mayNotBeAccessedByAnyLayer()
                    : rule.whereLayer(layers[i][0]).mayOnlyBeAccessedByLayers(above);
        }
        rule.check(MODEL);
    }

    @Test
    void theDomainStandsAlone() {
        noClasses().that().resideInAPackage("cn.jixiao.domain..").should().dependOnClassesThat()
                .resideInAnyPackage("cn.jixiao.store..", "cn.jixiao.cli..", "cn.jixiao.documents..",
                        "cn.jixiao.exchange..", "cn.jixiao.workspace..", "java.sql..", "org.apache.poi..")
                .check(MODEL);
    }

    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideOutsideOfPackage("cn.jixiao.store..").should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.sqlite..").check(MODEL);
    }
}
