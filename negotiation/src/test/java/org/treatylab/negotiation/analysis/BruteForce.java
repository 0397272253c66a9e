package org.treatylab.negotiation.analysis;

import java.util.ArrayList;
import java.util.List;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.preference.Profile;

/** The test oracle: every outcome, utilities through the public API, quadratic dominance checks. */
final class BruteForce {
    record Point(Outcome outcome, double[] u) {
    }

    private BruteForce() {
    }

    static List<Point> all(List<Profile> profiles) {
        Domain d = profiles.get(0).domain();
        List<Point> out = new ArrayList<>();
        for (long r = 0; r < d.outcomeCount(); r++) {
            Outcome o = d.outcomeAt(r);
            double[] u = new double[profiles.size()];
            for (int i = 0; i < u.length; i++) {
                u[i] = profiles.get(i).utility(o);
            }
            out.add(new Point(o, u));
        }
        return out;
    }

    static boolean dominates(double[] a, double[] b) {
        boolean strict = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i]) {
                return false;
            }
            strict |= a[i] > b[i];
        }
        return strict;
    }

    static List<Point> frontier(List<Point> all) {
        List<Point> out = new ArrayList<>();
        for (Point p : all) {
            boolean dominated = false;
            for (Point q : all) {
                if (dominates(q.u(), p.u())) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                out.add(p);
            }
        }
        return out;
    }
}
