package org.treatylab.negotiation.preference;

import java.util.Objects;
import org.treatylab.negotiation.model.Issue;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.model.Value;

/**
 * One side of a hyper-rectangle: the issue's value indices {@code low..high} inclusive (for an integer issue the index
 * is the value minus the issue's low end).
 */
public record Bound(IssueId issue, int low, int high) {
    public Bound {
        Objects.requireNonNull(issue, "issue");
        if (low < 0 || high < low) {
            throw new IllegalArgumentException("bound on '" + issue + "': expected 0 <= low <= high, got " + low + ".." + high);
        }
    }

    /** The bound from value {@code low} to value {@code high} of {@code issue}. */
    public static Bound between(Issue issue, Value low, Value high) {
        int lo = issue.indexOf(low);
        int hi = issue.indexOf(high);
        if (lo < 0 || hi < 0) {
            throw new IllegalArgumentException("bound on '" + issue.id() + "': '" + (lo < 0 ? low : high)
                    + "' is not one of its values");
        }
        return new Bound(issue.id(), lo, hi);
    }
}
