package org.treatylab.app.negotiation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.treatylab.domain.InputException;
import org.treatylab.negotiation.model.DiscreteIssue;
import org.treatylab.negotiation.model.DiscreteValue;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.IntegerIssue;
import org.treatylab.negotiation.model.IntegerValue;
import org.treatylab.negotiation.model.Issue;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.model.RealIssue;
import org.treatylab.negotiation.model.RealValue;
import org.treatylab.negotiation.model.Value;

/**
 * Outcomes as clients write them, issue name to value (numbers for integer and real issues, labels for discrete
 * ones), checked against the domain before the engine sees them; every problem names the field.
 */
final class OutcomeReader {
    private OutcomeReader() {
    }

    static Outcome read(Domain d, String field, Map<String, IssueValue> given) {
        if (given == null) {
            throw new InputException("field '" + field + "' is required: an object {issue: value} over the issues "
                    + d.issueIds());
        }
        Map<IssueId, Value> values = new LinkedHashMap<>();
        for (Map.Entry<String, IssueValue> e : given.entrySet()) {
            Issue issue = d.issues().stream().filter(i -> i.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new InputException("field '" + field + "': unknown issue '" + e.getKey()
                            + "' (issues: " + d.issueIds() + ")"));
            values.put(issue.id(), value(issue, field + "." + e.getKey(), e.getValue()));
        }
        TreeSet<IssueId> missing = new TreeSet<>(d.issueIds());
        missing.removeAll(values.keySet());
        if (!missing.isEmpty()) {
            throw new InputException("field '" + field + "': no value for the issues " + missing);
        }
        return d.outcome(values);
    }

    private static Value value(Issue issue, String field, IssueValue v) {
        if (issue instanceof DiscreteIssue di) {
            if (!(v instanceof IssueValue.Label l) || !di.labels().contains(l.value())) {
                throw new InputException("field '" + field + "' must be one of " + di.labels() + ", got " + v);
            }
            return new DiscreteValue(l.value());
        }
        if (issue instanceof IntegerIssue ii) {
            if (!(v instanceof IssueValue.Whole w) || w.value() < ii.low() || w.value() > ii.high()) {
                throw new InputException("field '" + field + "' must be a whole number from " + ii.low() + " to "
                        + ii.high() + ", got " + v);
            }
            return new IntegerValue(w.value());
        }
        RealIssue ri = (RealIssue) issue;
        RealValue r = v instanceof IssueValue.Whole w ? new RealValue(w.value())
                : v instanceof IssueValue.Real x && Double.isFinite(x.value()) ? new RealValue(x.value()) : null;
        if (r == null || ri.indexOf(r) < 0) {
            throw new InputException("field '" + field + "' must be one of the " + ri.size() + " points from "
                    + ri.low() + " to " + ri.high() + " in " + ri.steps() + " equal steps, got " + v);
        }
        return ri.value(ri.indexOf(r));
    }
}
