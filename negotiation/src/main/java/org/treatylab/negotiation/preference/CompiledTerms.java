package org.treatylab.negotiation.preference;

import java.util.List;
import java.util.function.IntUnaryOperator;
import org.treatylab.negotiation.model.Domain;

/** Hyper-rectangles and pair terms turned into arrays of issue positions, checked against the domain. */
final class CompiledTerms {
    private final int[][] rectIssues;
    private final int[][] rectLow;
    private final int[][] rectHigh;
    private final double[] rectUtility;
    private final boolean[] rectInside;
    private final int[] pairFirst;
    private final int[] pairFirstValue;
    private final int[] pairSecond;
    private final int[] pairSecondValue;
    private final double[] pairUtility;

    private CompiledTerms(int rects, int pairs) {
        rectIssues = new int[rects][];
        rectLow = new int[rects][];
        rectHigh = new int[rects][];
        rectUtility = new double[rects];
        rectInside = new boolean[rects];
        pairFirst = new int[pairs];
        pairFirstValue = new int[pairs];
        pairSecond = new int[pairs];
        pairSecondValue = new int[pairs];
        pairUtility = new double[pairs];
    }

    static CompiledTerms compile(Domain domain, List<HyperRectangle> rectangles, List<PairTerm> pairs) {
        CompiledTerms c = new CompiledTerms(rectangles.size(), pairs.size());
        for (int r = 0; r < rectangles.size(); r++) {
            HyperRectangle h = rectangles.get(r);
            int n = h.bounds().size();
            c.rectIssues[r] = new int[n];
            c.rectLow[r] = new int[n];
            c.rectHigh[r] = new int[n];
            for (int b = 0; b < n; b++) {
                Bound bound = h.bounds().get(b);
                int issue = position(domain, bound.issue().name(), "hyper-rectangle " + r);
                if (bound.high() >= domain.issue(issue).size()) {
                    throw new IllegalArgumentException("hyper-rectangle " + r + ", bound on '" + bound.issue()
                            + "': value index " + bound.high() + " is beyond the issue's " + domain.issue(issue).size()
                            + " values");
                }
                c.rectIssues[r][b] = issue;
                c.rectLow[r][b] = bound.low();
                c.rectHigh[r][b] = bound.high();
            }
            c.rectUtility[r] = h.utility();
            c.rectInside[r] = h.inside();
        }
        for (int p = 0; p < pairs.size(); p++) {
            PairTerm t = pairs.get(p);
            c.pairFirst[p] = position(domain, t.first().name(), "pair term " + p);
            c.pairSecond[p] = position(domain, t.second().name(), "pair term " + p);
            if (t.firstIndex() >= domain.issue(c.pairFirst[p]).size()
                    || t.secondIndex() >= domain.issue(c.pairSecond[p]).size()) {
                throw new IllegalArgumentException("pair term " + p + ": a value index is beyond its issue's values");
            }
            c.pairFirstValue[p] = t.firstIndex();
            c.pairSecondValue[p] = t.secondIndex();
            c.pairUtility[p] = t.utility();
        }
        return c;
    }

    private static int position(Domain domain, String issue, String what) {
        int i = domain.indexOf(org.treatylab.negotiation.model.IssueId.of(issue));
        if (i < 0) {
            throw new IllegalArgumentException(what + ": domain '" + domain.name() + "' has no issue '" + issue + "'");
        }
        return i;
    }

    boolean isEmpty() {
        return rectUtility.length == 0 && pairUtility.length == 0;
    }

    /**
     * For every value v of the last issue, the terms' sum for the outcome {@code value} with its last value set to v,
     * added in the same order as {@link #apply(int[])} adds them (so the doubles are the same): each term's bounds on
     * the other issues are tested once, then its utility is added to the values it covers. Enumerations that vary the
     * last issue fastest call this once per assignment of the other issues.
     */
    void applyOverLastIssue(int[] value, int lastIssue, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        for (int r = 0; r < rectUtility.length; r++) {
            boolean in = true;
            int lastLow = 0;
            int lastHigh = out.length - 1;
            int[] issues = rectIssues[r];
            for (int b = 0; b < issues.length && in; b++) {
                if (issues[b] == lastIssue) {
                    lastLow = Math.max(lastLow, rectLow[r][b]);
                    lastHigh = Math.min(lastHigh, rectHigh[r][b]);
                } else {
                    int v = value[issues[b]];
                    in = v >= rectLow[r][b] && v <= rectHigh[r][b];
                }
            }
            double u = rectUtility[r];
            for (int v = 0; v < out.length; v++) {
                boolean inside = in && v >= lastLow && v <= lastHigh;
                if (inside == rectInside[r]) {
                    out[v] += u;
                }
            }
        }
        for (int p = 0; p < pairUtility.length; p++) {
            boolean firstLast = pairFirst[p] == lastIssue;
            boolean secondLast = pairSecond[p] == lastIssue;
            for (int v = 0; v < out.length; v++) {
                int a = firstLast ? v : value[pairFirst[p]];
                int b = secondLast ? v : value[pairSecond[p]];
                if (a == pairFirstValue[p] && b == pairSecondValue[p]) {
                    out[v] += pairUtility[p];
                }
            }
        }
    }

    /** The sum of the terms that apply to the outcome with these value indices (the enumerations' hot path). */
    double apply(int[] value) {
        double u = 0;
        for (int r = 0; r < rectUtility.length; r++) {
            boolean in = true;
            int[] issues = rectIssues[r];
            int[] low = rectLow[r];
            int[] high = rectHigh[r];
            for (int b = 0; b < issues.length && in; b++) {
                int v = value[issues[b]];
                in = v >= low[b] && v <= high[b];
            }
            if (in == rectInside[r]) {
                u += rectUtility[r];
            }
        }
        for (int p = 0; p < pairUtility.length; p++) {
            if (value[pairFirst[p]] == pairFirstValue[p] && value[pairSecond[p]] == pairSecondValue[p]) {
                u += pairUtility[p];
            }
        }
        return u;
    }

    /** The sum of the terms that apply to the outcome whose value of issue i is {@code value.applyAsInt(i)}. */
    double apply(IntUnaryOperator value) {
        double u = 0;
        for (int r = 0; r < rectUtility.length; r++) {
            boolean in = true;
            int[] issues = rectIssues[r];
            for (int b = 0; b < issues.length && in; b++) {
                int v = value.applyAsInt(issues[b]);
                in = v >= rectLow[r][b] && v <= rectHigh[r][b];
            }
            if (in == rectInside[r]) {
                u += rectUtility[r];
            }
        }
        for (int p = 0; p < pairUtility.length; p++) {
            if (value.applyAsInt(pairFirst[p]) == pairFirstValue[p]
                    && value.applyAsInt(pairSecond[p]) == pairSecondValue[p]) {
                u += pairUtility[p];
            }
        }
        return u;
    }
}
