package org.treatylab.negotiation.preference;

import java.util.Objects;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.model.Value;

/**
 * A pairwise interaction: {@code utility} (a bonus, or a penalty when negative) added to an outcome that gives issue
 * {@code first} its value {@code firstIndex} and issue {@code second} its value {@code secondIndex} together.
 */
public record PairTerm(IssueId first, int firstIndex, IssueId second, int secondIndex, double utility) {
    public PairTerm {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.equals(second)) {
            throw new IllegalArgumentException("pair term: expected two different issues, got '" + first + "' twice");
        }
        if (firstIndex < 0 || secondIndex < 0) {
            throw new IllegalArgumentException("pair term: value indices must be >= 0, got " + firstIndex + ", "
                    + secondIndex);
        }
        if (!Double.isFinite(utility)) {
            throw new IllegalArgumentException("pair term utility: expected a finite number, got " + utility);
        }
    }

    /** The term for values given by name. */
    public static PairTerm of(Domain domain, String first, Value firstValue, String second, Value secondValue,
            double utility) {
        return new PairTerm(IssueId.of(first), index(domain, first, firstValue), IssueId.of(second),
                index(domain, second, secondValue), utility);
    }

    private static int index(Domain domain, String issue, Value v) {
        int i = domain.indexOf(IssueId.of(issue));
        if (i < 0) {
            throw new IllegalArgumentException("pair term: domain '" + domain.name() + "' has no issue '" + issue + "'");
        }
        int idx = domain.issue(i).indexOf(v);
        if (idx < 0) {
            throw new IllegalArgumentException("pair term: '" + v + "' is not a value of '" + issue + "'");
        }
        return idx;
    }
}
