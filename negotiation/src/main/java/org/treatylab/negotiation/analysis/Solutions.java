package org.treatylab.negotiation.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treatylab.negotiation.model.Domain;

/**
 * Bargaining solutions over a Pareto frontier. Each lies on the frontier: a point that dominates another has at least
 * its Nash product, smallest normalised gain and welfare, so maximising over the frontier is maximising over all
 * outcomes. Ties go to the higher welfare, then to the frontier's order.
 */
final class Solutions {
    private Solutions() {
    }

    static Analysis of(Domain d, Analysis.Method method, List<Double> r, List<FrontierPoint> front) {
        int n = r.size();
        List<FrontierPoint> rational = front.stream().filter(f -> rational(f.u(), r)).toList();
        FrontierPoint nash = null;
        double nashProduct = Double.NEGATIVE_INFINITY;
        for (FrontierPoint f : rational) {
            double p = 1;
            for (int i = 0; i < n; i++) {
                p *= f.u()[i] - r.get(i);
            }
            if (p > nashProduct || p == nashProduct && welfare(f) > welfare(nash)) {
                nash = f;
                nashProduct = p;
            }
        }
        double[] ideal = new double[n];
        java.util.Arrays.fill(ideal, Double.NEGATIVE_INFINITY);
        for (FrontierPoint f : rational) {
            for (int i = 0; i < n; i++) {
                ideal[i] = Math.max(ideal[i], f.u()[i]);
            }
        }
        FrontierPoint ks = null;
        double ksGain = Double.NEGATIVE_INFINITY;
        for (FrontierPoint f : rational) {
            double g = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double span = ideal[i] - r.get(i);
                g = Math.min(g, span > 0 ? (f.u()[i] - r.get(i)) / span : 1);
            }
            if (g > ksGain || g == ksGain && welfare(f) > welfare(ks)) {
                ks = f;
                ksGain = g;
            }
        }
        FrontierPoint best = null;
        double opposition = Double.POSITIVE_INFINITY;
        for (FrontierPoint f : front) {
            if (best == null || welfare(f) > welfare(best)) {
                best = f;
            }
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += (1 - f.u()[i]) * (1 - f.u()[i]);
            }
            opposition = Math.min(opposition, Math.sqrt(s));
        }
        return new Analysis(d, d.outcomeCount(), method, r, Analyzer.points(d, r, front),
                solution(d, nash, nashProduct), solution(d, ks, ksGain),
                solution(d, best, welfare(best)).orElseThrow(), opposition);
    }

    private static Optional<Solution> solution(Domain d, FrontierPoint f, double value) {
        return f == null ? Optional.empty() : Optional.of(new Solution(box(f.u()), d.outcomeAt(f.rank()), value));
    }

    static double welfare(FrontierPoint f) {
        if (f == null) {
            return Double.NEGATIVE_INFINITY;
        }
        double s = 0;
        for (double x : f.u()) {
            s += x;
        }
        return s;
    }

    static boolean rational(double[] u, List<Double> r) {
        for (int i = 0; i < u.length; i++) {
            if (u[i] < r.get(i)) {
                return false;
            }
        }
        return true;
    }

    static List<Double> box(double[] u) {
        List<Double> l = new ArrayList<>(u.length);
        for (double x : u) {
            l.add(x);
        }
        return l;
    }
}
