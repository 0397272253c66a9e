package org.treatylab.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.treatylab.negotiation.model.DiscreteIssue;
import org.treatylab.negotiation.model.DiscreteValue;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.IntegerIssue;
import org.treatylab.negotiation.model.IntegerValue;
import org.treatylab.negotiation.model.Issue;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.model.RealIssue;
import org.treatylab.negotiation.model.RealValue;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.model.Value;

/**
 * Outcomes as clients write them, {@code {issue: value}} with the same value types the JSON results use (numbers for
 * integer and real issues, strings for discrete ones), checked against the domain before the engine sees them.
 */
final class OutcomeInput {
    private OutcomeInput() {
    }

    /** Every issue of {@code d}, each with a value of its own; any problem is a 400 naming the issue. */
    static Outcome parse(Domain d, String field, JsonNode node) {
        if (node == null || node.isNull()) {
            throw ApiError.badRequest("field '" + field + "' is required: an object {issue: value} over the issues "
                    + d.issueIds());
        }
        if (!node.isObject()) {
            throw ApiError.badRequest("field '" + field + "' must be an object {issue: value}");
        }
        Map<IssueId, Value> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            Issue issue = d.issues().stream().filter(i -> i.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> ApiError.badRequest("field '" + field + "': unknown issue '" + e.getKey()
                            + "' (issues: " + d.issueIds() + ")"));
            values.put(issue.id(), value(issue, field + "." + e.getKey(), e.getValue()));
        }
        TreeSet<IssueId> missing = new TreeSet<>(d.issueIds());
        missing.removeAll(values.keySet());
        if (!missing.isEmpty()) {
            throw ApiError.badRequest("field '" + field + "': no value for the issues " + missing);
        }
        return d.outcome(values);
    }

    private static Value value(Issue issue, String field, JsonNode v) {
        if (issue instanceof DiscreteIssue di) {
            if (!v.isTextual() || !di.labels().contains(v.asText())) {
                throw ApiError.badRequest("field '" + field + "' must be one of " + di.labels() + ", got " + v);
            }
            return new DiscreteValue(v.asText());
        }
        if (issue instanceof IntegerIssue ii) {
            if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < ii.low() || v.asLong() > ii.high()) {
                throw ApiError.badRequest("field '" + field + "' must be a whole number from " + ii.low() + " to "
                        + ii.high() + ", got " + v);
            }
            return new IntegerValue(v.asLong());
        }
        RealIssue ri = (RealIssue) issue;
        RealValue r = v.isNumber() && Double.isFinite(v.asDouble()) ? new RealValue(v.asDouble()) : null;
        if (r == null || ri.indexOf(r) < 0) {
            throw ApiError.badRequest("field '" + field + "' must be one of the " + ri.size() + " points from "
                    + ri.low() + " to " + ri.high() + " in " + ri.steps() + " equal steps, got " + v);
        }
        return ri.value(ri.indexOf(r));
    }

    /** The issues a client needs to write an outcome: discrete values listed, ranges as bounds. */
    static List<Map<String, Object>> issues(Domain d) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Issue issue : d.issues()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", issue.name());
            if (issue instanceof DiscreteIssue di) {
                m.put("type", "discrete");
                m.put("values", di.labels());
            } else if (issue instanceof IntegerIssue ii) {
                m.put("type", "integer");
                m.put("low", ii.low());
                m.put("high", ii.high());
            } else {
                RealIssue ri = (RealIssue) issue;
                m.put("type", "real");
                m.put("low", ri.low());
                m.put("high", ri.high());
                m.put("steps", ri.steps());
            }
            out.add(m);
        }
        return out;
    }
}
