package org.treatylab.negotiation.preference;

import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.Issue;
import org.treatylab.negotiation.model.IssueId;

/**
 * Linear additive preferences: u(o) = sum over issues i of w_i * e_i(o_i), with weights w_i >= 0 summing to 1 and
 * evaluations e_i in [0, 1]; so u is in [0, 1].
 */
public record LinearAdditive(Domain domain, Map<IssueId, Double> weights, Map<IssueId, IssueEvaluator> evaluators) {
    /** Weights may miss 1 by this much (decimal files such as 0.33 + 0.33 + 0.34 sum exactly; sloppy ones do not). */
    public static final double WEIGHT_TOLERANCE = 1e-6;

    public LinearAdditive {
        Objects.requireNonNull(domain, "domain");
        weights = Map.copyOf(weights);
        evaluators = Map.copyOf(evaluators);
        TreeSet<IssueId> expected = new TreeSet<>(domain.issueIds());
        if (!new TreeSet<>(weights.keySet()).equals(expected)) {
            throw new IllegalArgumentException("weights: expected the issues " + expected + ", got "
                    + new TreeSet<>(weights.keySet()));
        }
        if (!new TreeSet<>(evaluators.keySet()).equals(expected)) {
            throw new IllegalArgumentException("evaluators: expected the issues " + expected + ", got "
                    + new TreeSet<>(evaluators.keySet()));
        }
        double sum = 0;
        for (Issue issue : domain.issues()) {
            double w = weights.get(issue.id());
            if (!(w >= 0 && w <= 1)) {
                throw new IllegalArgumentException("weight of '" + issue.id() + "': expected a number in [0, 1], got " + w);
            }
            sum += w;
            if (!evaluators.get(issue.id()).fits(issue)) {
                throw new IllegalArgumentException("evaluator of '" + issue.id() + "': " + evaluators.get(issue.id())
                        + " does not fit an issue with " + issue.size() + (issue.isNumeric() ? " numeric" : " discrete")
                        + " values");
            }
        }
        if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
            throw new IllegalArgumentException("weights: expected a sum of 1, got " + sum + " " + new java.util.TreeMap<>(weights));
        }
    }

    /** The weighted evaluation w_i * e_i(v) of value {@code index} of issue {@code issue}. */
    public double contribution(int issue, int index) {
        Issue i = domain.issue(issue);
        return weights.get(i.id()) * evaluators.get(i.id()).evaluate(i, index);
    }
}
