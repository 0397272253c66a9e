package org.treatylab.negotiation.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.treatylab.negotiation.model.Domain;

/**
 * The analysis of a scenario: the number of outcomes, how the frontier was computed, the reservation values, the
 * full Pareto frontier (best for party 1 first), the Nash and Kalai-Smorodinsky solutions over the individually
 * rational outcomes (absent when there are none), the outcome of maximum welfare, and the opposition (the smallest
 * distance from an outcome to the point where every party has utility 1; Baarslag, Hindriks and Jonker 2013).
 */
public record Analysis(Domain domain, long outcomes, Method method, List<Double> reservations,
        List<ParetoPoint> pareto, Optional<Solution> nash, Optional<Solution> kalaiSmorodinsky, Solution maxWelfare,
        double opposition) {

    /** How the frontier was found. */
    public enum Method {
        /** Merging per-issue frontiers of additive two-party preferences; no enumeration. */
        MERGED,
        /** Enumerating every outcome. */
        ENUMERATED
    }

    public Analysis {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(method, "method");
        reservations = List.copyOf(reservations);
        pareto = List.copyOf(pareto);
        Objects.requireNonNull(nash, "nash");
        Objects.requireNonNull(kalaiSmorodinsky, "kalaiSmorodinsky");
        Objects.requireNonNull(maxWelfare, "maxWelfare");
    }

    /** Euclidean distance in utility space from {@code utilities} to the nearest Pareto-optimal point. */
    public double paretoDistance(List<Double> utilities) {
        double best = Double.POSITIVE_INFINITY;
        for (ParetoPoint p : pareto) {
            best = Math.min(best, distance(p.utilities(), utilities));
        }
        return best;
    }

    /** Euclidean distance from {@code utilities} to the Nash point; empty when no outcome is individually rational. */
    public OptionalDouble nashDistance(List<Double> utilities) {
        return nash.map(s -> OptionalDouble.of(distance(s.utilities(), utilities))).orElse(OptionalDouble.empty());
    }

    static double distance(List<Double> a, List<Double> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("expected " + a.size() + " utilities, got " + b.size());
        }
        double s = 0;
        for (int i = 0; i < a.size(); i++) {
            double d = a.get(i) - b.get(i);
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
