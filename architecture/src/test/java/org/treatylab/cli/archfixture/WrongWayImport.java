package org.treatylab.cli.archfixture;

import org.treatylab.bench.stability.StabilityBenchmark;
import org.treatylab.domain.compliance.Compliance;
import org.treatylab.stability.Stability;

/**
 * A test-only fixture that breaks the layering as an edge class would: it calls an engine and the domain's
 * computation past the front doors, and depends on bench. The architecture test checks that the rules fail on it.
 */
public final class WrongWayImport {
    private WrongWayImport() {
    }

    static Object past() {
        return Stability.exchangeAssumptions().size() + Compliance.class.getSimpleName()
                + StabilityBenchmark.class.getSimpleName();
    }
}
