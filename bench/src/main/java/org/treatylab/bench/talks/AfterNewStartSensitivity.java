package org.treatylab.bench.talks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatylab.domain.Party;
import org.treatylab.talks.play.Ensemble;
import org.treatylab.talks.play.Talks;
import org.treatylab.talks.scenario.Criterion;
import org.treatylab.talks.scenario.Delegation;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.Scenarios;
import org.treatylab.talks.terms.Terms;

/**
 * Which inputs move the after-new-start-2026 talks most: every delegation weight in turn multiplied by 0.5 and by
 * 1.5 (the others unchanged; weights are normalised), the preferences derived again, and the Nash terms and the
 * ensemble's agreement share compared with the pre-registered run. A measurement for docs/after-new-start.md, not a
 * test: it changes no shipped input.
 *
 * <p>Run (about ten minutes on two cores): {@code mvn -B -q package -pl bench -am -DskipTests && java -cp
 * bench/target/benchmarks.jar org.treatylab.bench.talks.AfterNewStartSensitivity}
 */
public final class AfterNewStartSensitivity {
    private AfterNewStartSensitivity() {
    }

    public static void main(String[] args) {
        Scenario s = Scenarios.resolve("after-new-start-2026");
        Ensemble.Spec spec = new Ensemble.Spec(s.setup().ensembleAgents(), s.setup().ensembleSeeds());
        Talks base = Talks.prepare(s);
        Map<String, String> nash = nash(base);
        double share = Ensemble.run(base, spec).agreementShare();
        System.out.printf(Locale.ROOT, "pre-registered: Nash %s; agreement %.3f%n", nash, share);
        for (Party p : s.parties()) {
            Delegation d = s.delegation(p);
            for (Criterion c : d.weights().keySet()) {
                for (double f : new double[] {0.5, 1.5}) {
                    Talks t = Talks.prepare(s.with(d.withWeight(c, d.weights().get(c).value() * f)));
                    Map<String, String> n = nash(t);
                    List<String> changed = new ArrayList<>();
                    nash.forEach((k, v) -> {
                        if (!v.equals(n.get(k))) {
                            changed.add(k + " " + v + " -> " + n.get(k));
                        }
                    });
                    System.out.printf(Locale.ROOT, "%s.%s x%.1f: agreement %.3f; Nash %s%n", p, c.key(), f,
                            Ensemble.run(t, spec).agreementShare(), changed.isEmpty() ? "unchanged" : changed);
                }
            }
        }
    }

    private static Map<String, String> nash(Talks t) {
        return t.analysis().nash().map(x -> t.derivation().terms(x.outcome())).map(Terms::choices).orElse(Map.of());
    }
}
