package org.treatylab.negotiation.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.treatylab.negotiation.model.DiscreteIssue;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.IntegerIssue;
import org.treatylab.negotiation.model.Issue;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.model.RealIssue;
import org.treatylab.negotiation.preference.ConstantEvaluator;
import org.treatylab.negotiation.preference.IssueEvaluator;
import org.treatylab.negotiation.preference.LinearAdditive;
import org.treatylab.negotiation.preference.LinearEvaluator;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.preference.RankedOutcomes;
import org.treatylab.negotiation.preference.UtilityFunction;

/**
 * Writes domains and linear additive profiles as GeniusWeb JSON (for example to convert GENIUS scenarios). What
 * GeniusWeb cannot express is refused: non-additive terms, discounting, numeric evaluators that are not one straight
 * line over the issue's range, and a reservation value that is no outcome's utility (GeniusWeb states the
 * reservation as a bid).
 */
public final class GeniusWebWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GeniusWebWriter() {
    }

    public static String domain(Domain d) {
        return write(domainNode(d));
    }

    public static String profile(Profile p) {
        UtilityFunction u = p.utility();
        LinearAdditive a = u.additive().filter(x -> u.isAdditive()).orElseThrow(() -> new IllegalArgumentException(
                "profile '" + p.name() + "' is not linear additive; GeniusWeb's LinearAdditiveUtilitySpace cannot hold it"));
        if (p.discount() != 1) {
            throw new IllegalArgumentException("profile '" + p.name() + "' is discounted; GeniusWeb has no discount");
        }
        Domain d = p.domain();
        ObjectNode space = MAPPER.createObjectNode();
        ObjectNode utils = space.putObject("issueUtilities");
        ObjectNode weights = space.putObject("issueWeights");
        for (Issue issue : d.issues()) {
            IssueEvaluator e = a.evaluators().get(issue.id());
            weights.put(issue.name(), a.weights().get(issue.id()));
            if (issue instanceof DiscreteIssue) {
                ObjectNode vu = utils.putObject(issue.name()).putObject("DiscreteValueSetUtilities")
                        .putObject("valueUtilities");
                for (int v = 0; v < issue.size(); v++) {
                    vu.put(issue.value(v).text(), e.evaluate(issue, v));
                }
            } else {
                if (!(e instanceof LinearEvaluator || e instanceof ConstantEvaluator) || !straight(e, issue)) {
                    throw new IllegalArgumentException("issue '" + issue.name() + "': evaluator " + e
                            + " is not one straight line over the issue's range");
                }
                ObjectNode nu = utils.putObject(issue.name()).putObject("NumberValueSetUtilities");
                nu.put("lowValue", number(issue, 0));
                nu.put("lowUtility", e.evaluate(issue, 0));
                nu.put("highValue", number(issue, issue.size() - 1));
                nu.put("highUtility", e.evaluate(issue, issue.size() - 1));
            }
        }
        space.set("domain", domainNode(d));
        space.put("name", p.name());
        if (p.reservation() == 0) {
            space.putNull("reservationBid");
        } else {
            ObjectNode values = space.putObject("reservationBid").putObject("issuevalues");
            Outcome o = outcomeWorth(u, p.reservation());
            for (int i = 0; i < d.issueCount(); i++) {
                Issue issue = d.issue(i);
                if (issue instanceof DiscreteIssue) {
                    values.put(issue.name(), o.value(i).text());
                } else {
                    values.put(issue.name(), number(issue, o.valueIndex(i)));
                }
            }
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.set("LinearAdditiveUtilitySpace", space);
        return write(root);
    }

    private static Outcome outcomeWorth(UtilityFunction u, double reservation) {
        if (u.domain().outcomeCount() > RankedOutcomes.LIMIT) {
            throw new IllegalArgumentException("cannot search " + u.domain().outcomeCount()
                    + " outcomes for a reservation bid");
        }
        RankedOutcomes r = u.ranked();
        int p = r.lowestAtLeast(reservation);
        if (r.utility(p) != reservation) {
            throw new IllegalArgumentException("reservation value " + reservation + " is no outcome's utility; "
                    + "GeniusWeb states the reservation as a bid");
        }
        return r.outcome(p);
    }

    private static boolean straight(IssueEvaluator e, Issue issue) {
        if (e instanceof LinearEvaluator l) {
            double lo = l.u0() + (l.u1() - l.u0()) * (issue.numeric(0) - l.x0()) / (l.x1() - l.x0());
            double hi = l.u0() + (l.u1() - l.u0()) * (issue.numeric(issue.size() - 1) - l.x0()) / (l.x1() - l.x0());
            return lo >= 0 && lo <= 1 && hi >= 0 && hi <= 1;
        }
        return true;
    }

    private static ObjectNode domainNode(Domain d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", d.name());
        ObjectNode iv = n.putObject("issuesValues");
        for (Issue issue : d.issues()) {
            ObjectNode node = iv.putObject(issue.name());
            if (issue instanceof DiscreteIssue di) {
                di.labels().forEach(node.putArray("values")::add);
            } else if (issue instanceof IntegerIssue ii) {
                node.putObject("range").put("low", ii.low()).put("high", ii.high()).put("step", 1);
            } else if (issue instanceof RealIssue ri) {
                BigDecimal low = new BigDecimal(Double.toString(ri.low()));
                BigDecimal high = new BigDecimal(Double.toString(ri.high()));
                BigDecimal step = high.subtract(low).divide(BigDecimal.valueOf(ri.steps()), java.math.MathContext.DECIMAL64);
                node.putObject("range").put("low", low).put("high", high).put("step", step);
            }
        }
        return n;
    }

    private static BigDecimal number(Issue issue, int index) {
        return issue instanceof IntegerIssue ii ? BigDecimal.valueOf(ii.low() + index)
                : new BigDecimal(Double.toString(issue.numeric(index)));
    }

    private static String write(ObjectNode n) {
        try {
            return MAPPER.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
