package org.treatylab.negotiation.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.treatylab.negotiation.ScenarioFormatException;
import org.treatylab.negotiation.model.DiscreteIssue;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.IntegerIssue;
import org.treatylab.negotiation.model.Issue;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.model.RealIssue;

/**
 * GeniusWeb domain JSON: {@code {"name", "issuesValues": {issue: {"values": [...]} | {"range": {"low", "high",
 * "step"}}}}}, on its own or inside a profile. A number range with whole low and high and step 1 is an integer issue,
 * any other a real issue on its steps.
 */
final class GeniusWebDomainReader {
    private final String file;

    GeniusWebDomainReader(String file) {
        this.file = file;
    }

    /** The file name errors and notices name. */
    String file() {
        return file;
    }

    ScenarioFormatException error(String element, String problem) {
        return ScenarioFormatException.at(file, element, problem);
    }

    Domain domain(JsonNode node, String where) {
        String at = where == null ? "" : where + ".";
        if (!node.isObject()) {
            throw error(where == null ? "(root)" : where, "expected a JSON object");
        }
        JsonNode name = node.get("name");
        JsonNode values = node.get("issuesValues");
        if (name == null || !name.isTextual()) {
            throw error(at + "name", "expected the domain's name as text");
        }
        if (values == null || !values.isObject() || values.isEmpty()) {
            throw error(at + "issuesValues", "expected an object with one entry per issue");
        }
        List<Issue> issues = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = values.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String w = at + "issuesValues." + e.getKey();
            try {
                issues.add(issue(IssueId.of(e.getKey()), e.getValue(), w));
            } catch (IllegalArgumentException ex) {
                throw error(w, ex.getMessage());
            }
        }
        return new Domain(name.asText(), issues);
    }

    private Issue issue(IssueId id, JsonNode v, String where) {
        if (v.has("values")) {
            JsonNode vs = v.get("values");
            if (!vs.isArray() || vs.isEmpty()) {
                throw error(where + ".values", "expected a non-empty array of values");
            }
            List<String> labels = new ArrayList<>();
            for (JsonNode x : vs) {
                if (!x.isTextual()) {
                    throw error(where + ".values", "expected text values, got " + x);
                }
                labels.add(x.asText());
            }
            return new DiscreteIssue(id, labels);
        }
        JsonNode range = v.get("range");
        if (range == null || !range.isObject()) {
            throw error(where, "expected 'values' or 'range'");
        }
        BigDecimal low = decimal(range, "low", where + ".range");
        BigDecimal high = decimal(range, "high", where + ".range");
        BigDecimal step = decimal(range, "step", where + ".range");
        if (step.signum() <= 0 || high.compareTo(low) < 0) {
            throw error(where + ".range", "expected low <= high and step > 0, got " + low + ", " + high + ", " + step);
        }
        BigDecimal[] steps = high.subtract(low).divideAndRemainder(step);
        long n = steps[0].longValueExact();
        if (isWhole(low) && isWhole(high) && step.compareTo(BigDecimal.ONE) == 0) {
            return new IntegerIssue(id, low.longValueExact(), high.longValueExact());
        }
        if (n < 1 || n >= Issue.MAX_VALUES) {
            throw error(where + ".range", "expected 2 to " + Issue.MAX_VALUES + " values, got " + (n + 1));
        }
        return new RealIssue(id, low.doubleValue(), low.add(step.multiply(BigDecimal.valueOf(n))).doubleValue(),
                (int) n);
    }

    private static boolean isWhole(BigDecimal d) {
        return d.stripTrailingZeros().scale() <= 0;
    }

    BigDecimal decimal(JsonNode parent, String field, String where) {
        JsonNode x = parent.get(field);
        if (x == null || !x.isNumber() && !x.isTextual()) {
            throw error(where + "." + field, "expected a number");
        }
        try {
            return new BigDecimal(x.asText());
        } catch (NumberFormatException e) {
            throw error(where + "." + field, "expected a number, got '" + x.asText() + "'");
        }
    }

    double number(JsonNode parent, String field, String where) {
        return decimal(parent, field, where).doubleValue();
    }

    /** The first difference between the profile's domain and the domain file's, in words. */
    static String difference(Domain here, Domain file) {
        if (!here.name().equals(file.name())) {
            return "named '" + here.name() + "' here, '" + file.name() + "' in the domain file";
        }
        if (!here.issueIds().equals(file.issueIds())) {
            return "issues " + here.issueIds() + " here, " + file.issueIds() + " in the domain file";
        }
        for (int i = 0; i < here.issueCount(); i++) {
            if (!here.issue(i).equals(file.issue(i))) {
                return "issue '" + here.issue(i).name() + "' is " + describe(here.issue(i)) + " here, "
                        + describe(file.issue(i)) + " in the domain file";
            }
        }
        return "they differ";
    }

    private static String describe(Issue issue) {
        List<String> values = new ArrayList<>();
        for (int v = 0; v < Math.min(issue.size(), 6); v++) {
            values.add(issue.value(v).text());
        }
        return values + (issue.size() > 6 ? " and " + (issue.size() - 6) + " more" : "");
    }

}
