package org.treatylab.stability.multi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.Party;
import org.treatylab.stability.exchange.Assessment;

/**
 * First-strike stability of two or more forces.
 *
 * @param parties in the order the forces were given
 * @param pairs the two-party assessment of every pair (i before j in {@code parties})
 * @param bySingle per defender, per attacker: the defender's expected surviving warheads after that attacker's largest
 *     counterforce strike on it alone
 * @param byAllOthers per defender: its expected surviving warheads after all other parties strike it together (their
 *     weapons pooled)
 * @param whenSplit per attacker, per defender: the defender's expected surviving warheads when the attacker divides
 *     one strike between all other parties (one target set of all their aim points); empty for two parties
 * @param ratios per party: the lowest of its Kent &amp; Thaler ratios (cost striking first over cost struck first)
 *     against each other party
 * @param index the product of {@code ratios}: Kent &amp; Thaler's index for two parties
 * @param scenario which strike {@link #survivors(Party)} reports
 */
public record MultiAssessment(List<Party> parties, List<Assessment> pairs, Map<Party, Map<Party, Double>> bySingle,
        Map<Party, Double> byAllOthers, Map<Party, Map<Party, Double>> whenSplit, Map<Party, Double> ratios,
        double index, StrikeScenario scenario) {

    public MultiAssessment {
        parties = List.copyOf(parties);
        pairs = List.copyOf(pairs);
        bySingle = nested(bySingle);
        byAllOthers = Collections.unmodifiableMap(new LinkedHashMap<>(byAllOthers));
        whenSplit = nested(whenSplit);
        ratios = Collections.unmodifiableMap(new LinkedHashMap<>(ratios));
        if (parties.size() < 2) {
            throw new IllegalArgumentException("a multilateral assessment needs two or more parties, got " + parties);
        }
    }

    private static Map<Party, Map<Party, Double>> nested(Map<Party, Map<Party, Double>> m) {
        Map<Party, Map<Party, Double>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return Collections.unmodifiableMap(out);
    }

    /** The party's surviving warheads under the assessment's scenario. */
    public double survivors(Party p) {
        return survivors(p, scenario);
    }

    /** The party's surviving warheads after the worse single attacker's strike, or after all others' joint strike. */
    public double survivors(Party p, StrikeScenario s) {
        if (s == StrikeScenario.JOINT) {
            return require(byAllOthers.get(p), p);
        }
        Map<Party, Double> singles = require(bySingle.get(p), p);
        return singles.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    /** The attacker whose single strike leaves {@code p} the fewest warheads. */
    public Party worstAttacker(Party p) {
        return require(bySingle.get(p), p).entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow()
                .getKey();
    }

    /** The assessment of parties {@code a} and {@code b} (either order). */
    public Assessment pair(Party a, Party b) {
        for (Assessment x : pairs) {
            if (x.a().equals(a) && x.b().equals(b) || x.a().equals(b) && x.b().equals(a)) {
                return x;
            }
        }
        throw new IllegalArgumentException("no pair " + a + "-" + b + " among " + parties);
    }

    private <T> T require(T v, Party p) {
        if (v == null) {
            throw new IllegalArgumentException(p + " is not one of " + parties);
        }
        return v;
    }
}
