package org.treatylab.negotiation.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.treatylab.negotiation.model.RealValue;
import org.treatylab.negotiation.model.Value;
import org.treatylab.negotiation.preference.IssueEvaluator;
import org.treatylab.negotiation.preference.LinearAdditive;
import org.treatylab.negotiation.preference.LinearEvaluator;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.preference.UtilityFunction;
import org.treatylab.negotiation.preference.ValueTable;

/**
 * Reads GeniusWeb JSON: domains (see {@link GeniusWebDomainReader}) and {@code {"LinearAdditiveUtilitySpace":
 * {"issueUtilities", "issueWeights", "domain", "name", "reservationBid"}}} profiles, with
 * {@code DiscreteValueSetUtilities {valueUtilities}} and {@code NumberValueSetUtilities {lowValue, lowUtility,
 * highValue, highUtility}} (also under their older names {@code discreteutils} and {@code numberutils}). The
 * reservation value is the utility of the reservation bid (0 without one); GeniusWeb has no discount.
 */
final class GeniusWebReader {
    /** GeniusWeb files nest a few levels and name short things: deeper or longer input is refused while parsing. */
    static final int MAX_DEPTH = 64;
    static final int MAX_STRING = 1024 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder().streamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).build()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final GeniusWebDomainReader domains;

    private GeniusWebReader(String file) {
        this.domains = new GeniusWebDomainReader(file);
    }

    static JsonNode parse(Source src) {
        String file = src.name();
        try {
            return MAPPER.readTree(src.bytes());
        } catch (JsonProcessingException e) {
            // A limit reached while parsing may come without a location.
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                    : " line " + e.getLocation().getLineNr();
            throw new ScenarioFormatException(file + where + ": not valid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (java.io.IOException e) {
            throw new ScenarioFormatException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static String firstLine(String s) {
        return s == null ? "(no detail)" : s.strip().lines().findFirst().orElse("(no detail)");
    }

    static Domain readDomain(Source src) {
        return new GeniusWebDomainReader(src.name()).domain(parse(src), null);
    }

    /** Reads a profile; a notice for normalised weights is appended to {@code notices}. */
    static Profile readProfile(Source src, Domain domain, List<String> notices) {
        return new GeniusWebReader(src.name()).profile(parse(src), domain, src.stem(), notices);
    }

    private ScenarioFormatException error(String element, String problem) {
        return domains.error(element, problem);
    }

    private double number(JsonNode parent, String field, String where) {
        return domains.number(parent, field, where);
    }

    private Profile profile(JsonNode root, Domain expected, String fileStem, List<String> notices) {
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
        Domain domain = domainNode == null ? expected : domains.domain(domainNode, w + ".domain");
        if (domain == null) {
            throw error(w + ".domain", "missing, and no domain file given");
        }
        if (expected != null && !domain.equals(expected)) {
            throw error(w + ".domain", "does not match the domain file: " + GeniusWebDomainReader.difference(domain, expected));
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
        Map<IssueId, Double> normalised = Weights.normalised(weights, domains.file(), w + ".issueWeights", notices);
        UtilityFunction u;
        try {
            u = UtilityFunction.additive(new LinearAdditive(domain, normalised, evaluators));
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
