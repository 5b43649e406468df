package cn.jixiao.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The UI stays thin: no SQL, no POI, no JDBC driver in app; its packages have no cycles. */
class AppArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.jixiao.app");

    @Test
    void noSqlOrPoiInTheUi() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.sqlite..", "org.apache.poi..", "org.apache.pdfbox..", "com.fasterxml.jackson..")
                .check(APP);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("cn.jixiao.app.(*)..").should().beFreeOfCycles().check(APP);
    }
}
