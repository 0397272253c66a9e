package org.treatylab.negotiation.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.treatylab.negotiation.ScenarioFormatException;
import org.treatylab.negotiation.model.DiscreteIssue;
import org.treatylab.negotiation.model.DiscreteValue;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.IntegerIssue;
import org.treatylab.negotiation.model.IntegerValue;
import org.treatylab.negotiation.model.Issue;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.model.RealIssue;
import org.treatylab.negotiation.model.RealValue;
import org.treatylab.negotiation.model.Value;
import org.treatylab.negotiation.preference.IssueEvaluator;
import org.treatylab.negotiation.preference.LinearAdditive;
import org.treatylab.negotiation.preference.LinearEvaluator;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.preference.UtilityFunction;
import org.treatylab.negotiation.preference.ValueTable;

/**
 * Reads GeniusWeb JSON: a domain {@code {"name", "issuesValues": {issue: {"values": [...]} | {"range": {"low",
 * "high", "step"}}}}} and a {@code {"LinearAdditiveUtilitySpace": {"issueUtilities", "issueWeights", "domain",
 * "name", "reservationBid"}}} profile, with {@code DiscreteValueSetUtilities {valueUtilities}} and
 * {@code NumberValueSetUtilities {lowValue, lowUtility, highValue, highUtility}} (also under their older names
 * {@code discreteutils} and {@code numberutils}). A number range with whole low and high and step 1 is an integer
 * issue, any other a real issue on its steps. The reservation value is the utility of the reservation bid (0
 * without one); GeniusWeb has no discount.
 */
final class GeniusWebReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String file;

    private GeniusWebReader(String file) {
        this.file = file;
    }

    static JsonNode parse(Source src) {
        String file = src.name();
        try {
            return MAPPER.readTree(src.bytes());
        } catch (JsonProcessingException e) {
            throw new ScenarioFormatException(file + " line " + e.getLocation().getLineNr() + ": not valid JSON: "
                    + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new ScenarioFormatException(file + ": cannot read: " + e.getMessage());
        }
    }

    static Domain readDomain(Source src) {
        return new GeniusWebReader(src.name()).domain(parse(src), null);
    }

    static Profile readProfile(Source src, Domain domain) {
        return new GeniusWebReader(src.name()).profile(parse(src), domain, src.stem());
    }

    private ScenarioFormatException error(String element, String problem) {
        return ScenarioFormatException.at(file, element, problem);
    }

    private Domain domain(JsonNode node, String where) {
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

    private BigDecimal decimal(JsonNode parent, String field, String where) {
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

    private double number(JsonNode parent, String field, String where) {
        return decimal(parent, field, where).doubleValue();
    }

    private Profile profile(JsonNode root, Domain expected, String fileStem) {
        if (!root.isObject() || root.size() != 1) {
            throw error("(root)", "expected one profile object such as {\"LinearAdditiveUtilitySpace\": {...}}");
        }
        String type = root.fieldNames().next();
        if (!type.equals("LinearAdditiveUtilitySpace")) {
            throw error(type, "profile type '" + type + "' is not supported (only LinearAdditiveUtilitySpace)");
        }
        String w = type;
        JsonNode space = root.get(type);
        JsonNode domainNode = space.get("domain");
        Domain domain = domainNode == null ? expected : domain(domainNode, w + ".domain");
        if (domain == null) {
            throw error(w + ".domain", "missing, and no domain file given");
        }
        if (expected != null && !domain.equals(expected)) {
            throw error(w + ".domain", "does not match the domain file: " + difference(domain, expected));
        }
        JsonNode weightsNode = space.get("issueWeights");
        JsonNode utilsNode = space.get("issueUtilities");
        if (weightsNode == null || !weightsNode.isObject()) {
            throw error(w + ".issueWeights", "expected an object of issue weights");
        }
        if (utilsNode == null || !utilsNode.isObject()) {
            throw error(w + ".issueUtilities", "expected an object of issue utilities");
        }
        Map<IssueId, Double> weights = new HashMap<>();
        Map<IssueId, IssueEvaluator> evaluators = new HashMap<>();
        for (Issue issue : domain.issues()) {
            String n = issue.name();
            if (!weightsNode.has(n)) {
                throw error(w + ".issueWeights", "no weight for issue '" + n + "'");
            }
            weights.put(issue.id(), number(weightsNode, n, w + ".issueWeights"));
            if (!utilsNode.has(n)) {
                throw error(w + ".issueUtilities", "no utilities for issue '" + n + "'");
            }
            evaluators.put(issue.id(), evaluator(issue, utilsNode.get(n), w + ".issueUtilities." + n));
        }
        for (Iterator<String> it = weightsNode.fieldNames(); it.hasNext(); ) {
            String n = it.next();
            if (domain.indexOf(IssueId.of(n)) < 0) {
                throw error(w + ".issueWeights." + n, "domain '" + domain.name() + "' has no such issue");
            }
        }
        UtilityFunction u;
        try {
            u = UtilityFunction.additive(new LinearAdditive(domain, weights, evaluators));
        } catch (IllegalArgumentException ex) {
            throw error(w, ex.getMessage());
        }
        double reservation = 0;
        JsonNode bid = space.get("reservationBid");
        if (bid != null && !bid.isNull()) {
            reservation = u.utility(bid(domain, bid, w + ".reservationBid"));
        }
        JsonNode name = space.get("name");
        return new Profile(name != null && name.isTextual() ? name.asText() : fileStem, u, reservation, 1);
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

    private IssueEvaluator evaluator(Issue issue, JsonNode node, String where) {
        JsonNode d = first(node, "DiscreteValueSetUtilities", "discreteutils");
        JsonNode n = first(node, "NumberValueSetUtilities", "numberutils");
        try {
            if (d != null) {
                if (issue.isNumeric()) {
                    throw error(where, "discrete utilities for a number issue");
                }
                JsonNode vu = d.get("valueUtilities");
                if (vu == null || !vu.isObject()) {
                    throw error(where + ".valueUtilities", "expected an object of value utilities");
                }
                double[] e = new double[issue.size()];
                for (int v = 0; v < e.length; v++) {
                    String label = issue.value(v).text();
                    if (!vu.has(label)) {
                        throw error(where + ".valueUtilities", "no utility for value '" + label + "'");
                    }
                    e[v] = number(vu, label, where + ".valueUtilities");
                }
                for (Iterator<String> it = vu.fieldNames(); it.hasNext(); ) {
                    String label = it.next();
                    if (issue.indexOf(new DiscreteValue(label)) < 0) {
                        throw error(where + ".valueUtilities." + label, "not a value of issue '" + issue.name() + "'");
                    }
                }
                return ValueTable.of(e);
            }
            if (n != null) {
                if (!issue.isNumeric()) {
                    throw error(where, "number utilities for a discrete issue");
                }
                double lowValue = number(n, "lowValue", where);
                double highValue = number(n, "highValue", where);
                double lowUtility = number(n, "lowUtility", where);
                double highUtility = number(n, "highUtility", where);
                if (lowValue != issue.numeric(0) || highValue != issue.numeric(issue.size() - 1)) {
                    throw error(where, "utilities are given for " + lowValue + ".." + highValue
                            + " but the issue's values run " + issue.numeric(0) + ".." + issue.numeric(issue.size() - 1));
                }
                if (lowUtility < 0 || lowUtility > 1 || highUtility < 0 || highUtility > 1) {
                    throw error(where, "lowUtility and highUtility must be in [0, 1], got " + lowUtility + ", "
                            + highUtility);
                }
                return new LinearEvaluator(lowValue, lowUtility, highValue, highUtility);
            }
        } catch (IllegalArgumentException ex) {
            throw error(where, ex.getMessage());
        }
        throw error(where, "expected DiscreteValueSetUtilities or NumberValueSetUtilities");
    }

    private static JsonNode first(JsonNode node, String a, String b) {
        return node.has(a) ? node.get(a) : node.get(b);
    }

    private org.treatylab.negotiation.model.Outcome bid(Domain domain, JsonNode node, String where) {
        JsonNode values = node.get("issuevalues");
        if (values == null || !values.isObject()) {
            throw error(where, "expected {\"issuevalues\": {...}}");
        }
        Map<IssueId, Value> m = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            int i = domain.indexOf(IssueId.of(e.getKey()));
            if (i < 0) {
                throw error(where + ".issuevalues." + e.getKey(), "domain '" + domain.name() + "' has no such issue");
            }
            Issue issue = domain.issue(i);
            JsonNode x = e.getValue();
            Value v = issue instanceof DiscreteIssue ? new DiscreteValue(x.asText())
                    : issue instanceof IntegerIssue && x.canConvertToExactIntegral() ? new IntegerValue(x.asLong())
                    : new RealValue(x.asDouble());
            m.put(issue.id(), v);
        }
        try {
            return domain.outcome(m);
        } catch (IllegalArgumentException ex) {
            throw error(where, ex.getMessage());
        }
    }
}
