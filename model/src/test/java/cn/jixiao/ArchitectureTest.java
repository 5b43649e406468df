package cn.jixiao;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The model's rules: no screen, no package cycles, the domain depends on nothing of ours. */
class ArchitectureTest {
    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.jixiao");

    @Test
    void modelNeverUsesJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(MODEL);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("cn.jixiao.(*)..").should().beFreeOfCycles().check(MODEL);
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
