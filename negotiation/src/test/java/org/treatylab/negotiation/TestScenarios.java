package org.treatylab.negotiation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.negotiation.model.DiscreteIssue;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.preference.IssueEvaluator;
import org.treatylab.negotiation.preference.LinearAdditive;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.preference.UtilityFunction;
import org.treatylab.negotiation.preference.ValueTable;

/**
 * The hand-worked two-issue scenario used across tests. Issues x = {a, b, c} and y = {p, q}.
 *
 * <pre>
 * A: 0.6 x + 0.4 y with x: a=1, b=0.5, c=0 and y: p=1, q=0; reservation 0.3
 * B: 0.5 x + 0.5 y with x: a=0, b=0.5, c=1 and y: p=0, q=1; reservation 0.2
 *
 * outcome  A     B     dominated?
 * (a,p)    1.0   0.0   no
 * (a,q)    0.6   0.5   no
 * (b,p)    0.7   0.25  no
 * (b,q)    0.3   0.75  no
 * (c,p)    0.4   0.5   yes, by (a,q)
 * (c,q)    0.0   1.0   no
 *
 * rational (A >= 0.3, B >= 0.2): (b,p), (a,q), (b,q)
 * Nash products: (b,p) 0.4*0.05 = 0.02, (a,q) 0.3*0.3 = 0.09, (b,q) 0 * 0.55 = 0  -> Nash (a,q)
 * KS ideal (0.7, 0.75); min normalised gains: (b,p) 0.05/0.55, (a,q) min(0.3/0.4, 0.3/0.55) = 0.5454.., (b,q) 0
 * welfare: 1.0, 1.1, 0.95, 1.05, 0.9, 1.0 -> (a,q); opposition: distance of (a,q) to (1,1) = sqrt(0.41)
 * </pre>
 */
public final class TestScenarios {
    public static final Domain XY = new Domain("xy", List.of(DiscreteIssue.of("x", "a", "b", "c"),
            DiscreteIssue.of("y", "p", "q")));

    private TestScenarios() {
    }

    public static Profile a() {
        return new Profile("A", additive(XY, Map.of("x", 0.6, "y", 0.4),
                Map.of("x", ValueTable.of(1, 0.5, 0), "y", ValueTable.of(1, 0))), 0.3, 1);
    }

    public static Profile b() {
        return new Profile("B", additive(XY, Map.of("x", 0.5, "y", 0.5),
                Map.of("x", ValueTable.of(0, 0.5, 1), "y", ValueTable.of(0, 1))), 0.2, 1);
    }

    public static UtilityFunction additive(Domain d, Map<String, Double> weights, Map<String, IssueEvaluator> evals) {
        Map<IssueId, Double> w = new HashMap<>();
        weights.forEach((k, v) -> w.put(IssueId.of(k), v));
        Map<IssueId, IssueEvaluator> e = new HashMap<>();
        evals.forEach((k, v) -> e.put(IssueId.of(k), v));
        return UtilityFunction.additive(new LinearAdditive(d, w, e));
    }
}
