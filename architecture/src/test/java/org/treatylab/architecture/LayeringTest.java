package org.treatylab.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.treatylab.cli.archfixture.WrongWayImport;

/**
 * The layering of ARCHITECTURE.md holds for the main classes of every module; and the same rules fail on a class
 * that breaks them (a test-only fixture), so a wrong-way import makes the build fail.
 */
class LayeringTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.treatylab");

    @Test
    void modules_dependOnlyOnTheModulesBelowThem() {
        Layering.MODULES.forEach(r -> r.check(MAIN));
    }

    @Test
    void edges_useOnlyTheFrontDoorsReportAndDomainValueTypes() {
        Layering.EDGES.check(MAIN);
    }

    @Test
    void packagesOfAppReportServerAndCli_formNoCycle() {
        Layering.PACKAGE_CYCLES.check(MAIN);
    }

    @Test
    void wrongWayImport_inAnEdge_failsTheRules() {
        JavaClasses fixture = new ClassFileImporter().importClasses(WrongWayImport.class);
        assertFails(Layering.EDGES, fixture);
        assertFails(Layering.MODULES.get(Layering.MODULES.size() - 1), fixture);
        JavaClasses appUpward = new ClassFileImporter().importClasses(
                org.treatylab.app.archfixture.UpwardImport.class);
        assertFails(Layering.uses(Layering.APP, Layering.REPORT, Layering.SERVER, Layering.CLI, Layering.BENCH),
                appUpward);
    }

    private static void assertFails(ArchRule rule, JavaClasses classes) {
        assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated");
    }
}
