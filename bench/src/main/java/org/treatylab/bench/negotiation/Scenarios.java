package org.treatylab.bench.negotiation;

import java.util.List;
import org.treatylab.negotiation.generate.RandomScenarios;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.preference.Profile;

/** The benchmarks' seeded scenarios: uniform domains of 10-value issues with random additive profiles. */
final class Scenarios {
    /** Seed of the session benchmark's profiles. */
    static final long SEED = 2009;

    private Scenarios() {
    }

    /** {@code 10^issues} outcomes. */
    static List<Profile> tenValues(int issues, long seed) {
        Domain d = RandomScenarios.uniform("bench-" + issues, issues, 10);
        return RandomScenarios.bilateral(d, seed);
    }

    static int issuesFor(long outcomes) {
        int n = (int) Math.round(Math.log10(outcomes));
        if (Math.pow(10, n) != outcomes) {
            throw new IllegalArgumentException("expected a power of ten, got " + outcomes);
        }
        return n;
    }
}
