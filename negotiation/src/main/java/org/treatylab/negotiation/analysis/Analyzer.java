package org.treatylab.negotiation.analysis;

import java.util.ArrayList;
import java.util.List;
import org.treatylab.negotiation.TooLargeException;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.preference.UtilityFunction;

/**
 * Analyses a scenario (two or more profiles of one domain): exact Pareto frontier, Nash, Kalai-Smorodinsky, maximum
 * welfare and opposition.
 *
 * <p>Two additive profiles: the frontier is merged issue by issue, whatever the size of the outcome space. Otherwise
 * every outcome is enumerated, up to {@link Limits#maxOutcomes()}; above it the analysis is refused with
 * {@link TooLargeException}, never done on a part of the space.
 */
public final class Analyzer {
    /** The caps of an analysis and whether to enumerate even when merging would do. */
    public record Limits(long maxOutcomes, int maxFrontier, boolean forceEnumeration) {
        public static final Limits DEFAULT = new Limits(20_000_000L, 1_000_000, false);

        public Limits {
            if (maxOutcomes < 1 || maxFrontier < 1) {
                throw new IllegalArgumentException("limits must be positive, got " + maxOutcomes + " outcomes, "
                        + maxFrontier + " frontier points");
            }
        }

        public Limits withMaxOutcomes(long n) {
            return new Limits(n, maxFrontier, forceEnumeration);
        }

        public Limits enumerating() {
            return new Limits(maxOutcomes, maxFrontier, true);
        }
    }

    private Analyzer() {
    }

    public static Analysis analyze(List<Profile> profiles) {
        return analyze(profiles, Limits.DEFAULT);
    }

    public static Analysis analyze(List<Profile> profiles, Limits limits) {
        if (profiles.size() < 2) {
            throw new IllegalArgumentException("an analysis needs at least 2 profiles, got " + profiles.size());
        }
        Domain d = profiles.get(0).domain();
        for (Profile p : profiles) {
            if (!p.domain().equals(d)) {
                throw new IllegalArgumentException("profile '" + p.name() + "' is for domain '" + p.domain().name()
                        + "', expected '" + d.name() + "'");
            }
        }
        List<UtilityFunction> us = profiles.stream().map(Profile::utility).toList();
        List<Double> reservations = profiles.stream().map(Profile::reservation).toList();
        boolean merge = !limits.forceEnumeration() && us.size() == 2 && us.get(0).isAdditive()
                && us.get(1).isAdditive();
        List<FrontierPoint> front;
        if (merge) {
            front = AdditiveFrontier.compute(us.get(0), us.get(1), limits.maxFrontier());
        } else {
            long n = d.outcomeCount();
            if (n > limits.maxOutcomes()) {
                throw new TooLargeException("domain '" + d.name() + "' has " + (n == Long.MAX_VALUE ? "more than "
                        + Long.MAX_VALUE : n) + " outcomes; with " + (us.size() == 2 ? "non-additive preferences"
                        : us.size() + " parties") + " the exact frontier needs every outcome enumerated, and the "
                        + "limit is " + limits.maxOutcomes());
            }
            front = EnumeratedFrontier.compute(d, us);
            if (front.size() > limits.maxFrontier()) {
                throw new TooLargeException("Pareto frontier of domain '" + d.name() + "' has " + front.size()
                        + " points, more than the limit " + limits.maxFrontier());
            }
        }
        return Solutions.of(d, merge ? Analysis.Method.MERGED : Analysis.Method.ENUMERATED, reservations, front);
    }

    /** The frontier points as lists, for code that checks them. */
    static List<ParetoPoint> points(Domain d, List<Double> reservations, List<FrontierPoint> front) {
        List<ParetoPoint> out = new ArrayList<>(front.size());
        for (FrontierPoint f : front) {
            out.add(new ParetoPoint(Solutions.box(f.u()), d.outcomeAt(f.rank()), Solutions.rational(f.u(),
                    reservations)));
        }
        return out;
    }
}
