package org.treatylab.negotiation.preference;

import org.treatylab.negotiation.model.Issue;

/**
 * A peak of 1 at {@code top}, falling linearly to 0 at {@code low} and {@code high} and 0 outside them (GENIUS's
 * "triangular" evaluator).
 */
public record TriangularEvaluator(double low, double top, double high) implements IssueEvaluator {
    public TriangularEvaluator {
        if (!(low <= top && top <= high && low < high) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("triangular evaluator: expected low <= top <= high and low < high, got "
                    + low + ", " + top + ", " + high);
        }
    }

    @Override
    public double evaluate(Issue issue, int index) {
        double x = issue.numeric(index);
        if (x < low || x > high) {
            return 0;
        }
        if (x == top) {
            return 1;
        }
        return x < top ? (x - low) / (top - low) : (high - x) / (high - top);
    }

    @Override
    public boolean fits(Issue issue) {
        return issue.isNumeric();
    }
}
