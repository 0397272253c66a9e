package org.treatylab.negotiation.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.treatylab.negotiation.model.DiscreteIssue;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.Issue;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.preference.IssueEvaluator;
import org.treatylab.negotiation.preference.LinearAdditive;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.preference.UtilityFunction;
import org.treatylab.negotiation.preference.ValueTable;

/**
 * Seeded random domains and additive profiles, for property tests and benchmarks. The same seed gives the same
 * scenario on every machine.
 */
public final class RandomScenarios {
    private RandomScenarios() {
    }

    /** A domain of discrete issues "i0", "i1", ... with the given numbers of values "v0", "v1", .... */
    public static Domain domain(String name, int... sizes) {
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            List<String> labels = new ArrayList<>();
            for (int v = 0; v < sizes[i]; v++) {
                labels.add("v" + v);
            }
            issues.add(new DiscreteIssue(IssueId.of("i" + i), labels));
        }
        return new Domain(name, issues);
    }

    /** Random weights (normalised) and random evaluations in [0, 1] with at least one 1 per issue. */
    public static Profile additive(String name, Domain domain, RandomGenerator random, double reservation) {
        Map<IssueId, Double> weights = new HashMap<>();
        Map<IssueId, IssueEvaluator> evaluators = new HashMap<>();
        double[] raw = new double[domain.issueCount()];
        double sum = 0;
        for (int i = 0; i < raw.length; i++) {
            raw[i] = 0.05 + random.nextDouble();
            sum += raw[i];
        }
        double assigned = 0;
        for (int i = 0; i < raw.length; i++) {
            Issue issue = domain.issue(i);
            double w = i == raw.length - 1 ? 1 - assigned : raw[i] / sum;
            assigned += w;
            weights.put(issue.id(), Math.max(0, w));
            double[] e = new double[issue.size()];
            for (int v = 0; v < e.length; v++) {
                e[v] = random.nextDouble();
            }
            e[random.nextInt(e.length)] = 1;
            evaluators.put(issue.id(), ValueTable.of(e));
        }
        return new Profile(name, UtilityFunction.additive(new LinearAdditive(domain, weights, evaluators)),
                reservation, 1);
    }

    /** Two random additive profiles "A" and "B" of {@code domain}, with reservation values in [0, 0.4). */
    public static List<Profile> bilateral(Domain domain, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return List.of(additive("A", domain, r, 0.4 * r.nextDouble()), additive("B", domain, r, 0.4 * r.nextDouble()));
    }

    /** A domain of {@code issues} issues with {@code values} values each. */
    public static Domain uniform(String name, int issues, int values) {
        int[] sizes = new int[issues];
        java.util.Arrays.fill(sizes, values);
        return domain(name, sizes);
    }
}
