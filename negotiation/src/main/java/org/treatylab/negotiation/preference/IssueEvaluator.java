package org.treatylab.negotiation.preference;

import org.treatylab.negotiation.model.Issue;

/**
 * Turns an issue's value into an evaluation in [0, 1] (before the issue's weight): a table for discrete issues, or a
 * function of the number for integer and real issues.
 */
public sealed interface IssueEvaluator permits ValueTable, LinearEvaluator, TriangularEvaluator, ConstantEvaluator {
    /** The evaluation of value {@code index} of {@code issue}. */
    double evaluate(Issue issue, int index);

    /** Whether this evaluator can rate {@code issue}'s values (a table needs one entry per value, a function numbers). */
    boolean fits(Issue issue);
}
