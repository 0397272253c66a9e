package org.treatylab.negotiation.preference;

import org.treatylab.negotiation.model.Issue;

/** The same evaluation for every value. */
public record ConstantEvaluator(double value) implements IssueEvaluator {
    public ConstantEvaluator {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("constant evaluator: expected a number in [0, 1], got " + value);
        }
    }

    @Override
    public double evaluate(Issue issue, int index) {
        return value;
    }

    @Override
    public boolean fits(Issue issue) {
        return true;
    }
}
