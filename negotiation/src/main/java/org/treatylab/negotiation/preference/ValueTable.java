package org.treatylab.negotiation.preference;

import java.util.List;
import org.treatylab.negotiation.model.Issue;

/** One evaluation in [0, 1] per value of the issue, in the issue's value order. */
public record ValueTable(List<Double> evaluations) implements IssueEvaluator {
    public ValueTable {
        evaluations = List.copyOf(evaluations);
        for (int i = 0; i < evaluations.size(); i++) {
            double e = evaluations.get(i);
            if (!(e >= 0 && e <= 1)) {
                throw new IllegalArgumentException("evaluation " + i + ": expected a number in [0, 1], got " + e);
            }
        }
    }

    public static ValueTable of(double... evaluations) {
        return new ValueTable(java.util.Arrays.stream(evaluations).boxed().toList());
    }

    @Override
    public double evaluate(Issue issue, int index) {
        return evaluations.get(index);
    }

    @Override
    public boolean fits(Issue issue) {
        return evaluations.size() == issue.size();
    }
}
