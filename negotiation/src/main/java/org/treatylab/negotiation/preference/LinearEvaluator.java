package org.treatylab.negotiation.preference;

import org.treatylab.negotiation.model.Issue;

/**
 * The line through (x0, u0) and (x1, u1), cut to [0, 1] as GENIUS does: evaluation(x) = min(1, max(0,
 * u0 + (u1 - u0) (x - x0) / (x1 - x0))).
 */
public record LinearEvaluator(double x0, double u0, double x1, double u1) implements IssueEvaluator {
    public LinearEvaluator {
        if (!Double.isFinite(x0) || !Double.isFinite(x1) || !Double.isFinite(u0) || !Double.isFinite(u1)) {
            throw new IllegalArgumentException("linear evaluator: expected finite numbers, got (" + x0 + ", " + u0
                    + ") to (" + x1 + ", " + u1 + ")");
        }
        if (x0 == x1) {
            throw new IllegalArgumentException("linear evaluator: expected two different x, got " + x0 + " twice");
        }
    }

    @Override
    public double evaluate(Issue issue, int index) {
        double x = issue.numeric(index);
        double u = u0 + (u1 - u0) * (x - x0) / (x1 - x0);
        return Math.min(1, Math.max(0, u));
    }

    @Override
    public boolean fits(Issue issue) {
        return issue.isNumeric();
    }
}
