package org.treatylab.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.TreatyLabException;

/**
 * The rules of ARCHITECTURE.md as ArchUnit rules, so that a test can apply them to the real classes and to a
 * fixture that breaks them.
 */
final class Layering {
    static final String DOMAIN = "org.treatylab.domain..";
    static final String NEGOTIATION = "org.treatylab.negotiation..";
    static final String STABILITY = "org.treatylab.stability..";
    static final String VERIFICATION = "org.treatylab.verification..";
    static final String STORE = "org.treatylab.store..";
    static final String TALKS = "org.treatylab.talks..";
    static final String APP = "org.treatylab.app..";
    static final String SWEEP = "org.treatylab.sweep..";
    /** A sweep's summary: value records that a run returns through app.sweep.SweepDoor and the edges render. */
    static final String SWEEP_SUMMARY = "org.treatylab.sweep.summary..";
    static final String REPORT = "org.treatylab.report..";
    static final String SERVER = "org.treatylab.server..";
    static final String CLI = "org.treatylab.cli..";
    static final String BENCH = "org.treatylab.bench..";

    /** The domain value types the edges may use besides the application layer's records. */
    static final List<Class<?>> EDGE_DOMAIN_TYPES = List.of(Party.class, ErrorKind.class, TreatyLabException.class,
            InputException.class);

    private Layering() {
    }

    /** {@code module} uses none of {@code forbidden}. */
    static ArchRule uses(String module, String... forbidden) {
        return noClasses().that().resideInAPackage(module).should().dependOnClassesThat()
                .resideInAnyPackage(forbidden).as(module + " does not depend on " + String.join(", ", forbidden));
    }

    /** The arrows between modules: each module uses only the modules below it. */
    static final List<ArchRule> MODULES = List.of(
            uses(DOMAIN, NEGOTIATION, STABILITY, VERIFICATION, STORE, TALKS, SWEEP, APP, REPORT, SERVER, CLI, BENCH),
            uses(NEGOTIATION, DOMAIN, STABILITY, VERIFICATION, STORE, TALKS, APP, REPORT, SERVER, CLI, BENCH),
            uses(STABILITY, NEGOTIATION, VERIFICATION, STORE, TALKS, SWEEP, APP, REPORT, SERVER, CLI, BENCH),
            uses(VERIFICATION, NEGOTIATION, STABILITY, STORE, TALKS, APP, REPORT, SERVER, CLI, BENCH),
            uses(STORE, NEGOTIATION, STABILITY, TALKS, APP, REPORT, SERVER, CLI, BENCH),
            uses(TALKS, STORE, SWEEP, APP, REPORT, SERVER, CLI, BENCH),
            uses(SWEEP, STORE, APP, REPORT, SERVER, CLI, BENCH),
            uses(APP, REPORT, SERVER, CLI, BENCH),
            uses(REPORT, NEGOTIATION, STABILITY, VERIFICATION, STORE, TALKS, SERVER, CLI, BENCH),
            uses(SERVER, CLI, BENCH),
            uses(CLI, BENCH));

    /**
     * The edges reach the engines only through the front doors: no class of {@code cli} or {@code server} depends on
     * an engine, the store, or the domain beyond its value types.
     */
    static final ArchRule EDGES = noClasses().that().resideInAnyPackage(CLI, SERVER).should().dependOnClassesThat(
            resideInAnyPackage(DOMAIN, NEGOTIATION, STABILITY, VERIFICATION, STORE, TALKS, SWEEP)
                    .and(not(resideInAnyPackage(SWEEP_SUMMARY)))
                    .and(not(belongToAnyOf(EDGE_DOMAIN_TYPES.toArray(Class<?>[]::new)))))
            .as("cli and server use only app, report, the domain value types " + EDGE_DOMAIN_TYPES.stream()
                    .map(Class::getSimpleName).toList() + " and the sweep summary's value records");

    /** No cycle between the packages of the application layer and of each edge (every package is a slice). */
    static final ArchRule PACKAGE_CYCLES = SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            return p.startsWith("org.treatylab.cli") || p.startsWith("org.treatylab.server")
                    || p.startsWith("org.treatylab.app") || p.startsWith("org.treatylab.report")
                    ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of app, report, server and cli";
        }
    }).should().beFreeOfCycles();
}
