package org.treatylab.negotiation.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.treatylab.negotiation.ScenarioFormatException;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.preference.LinearAdditive;

/**
 * Issue weights as published files give them. Weights should sum to 1; real ANAC files miss by up to 0.0107 (ANAC
 * 2015 Bank Robbery 0.98928, ANAC 2011/2012 Car 1.00751, Phone 0.99358, Laptop 1.00005). GENIUS reads weights as
 * they are and caps a utility at 1; its profile editor treats weights summing to within (0.98, 1.02) as normalised.
 * We take the same band: a sum within {@link #TOLERANCE} of 1 is rescaled to 1 with a notice (so the utility is the
 * file's utility divided by the sum); a sum further off (ANAC 2016 JapanTrip 1.1, QO domain 1.9) is refused, since
 * no rescaling reproduces GENIUS's capped utilities there.
 */
final class Weights {
    /** GENIUS's own band for normalised weights (AdditiveUtilitySpace: 0.98 &lt; sum &lt; 1.02). */
    static final double TOLERANCE = 0.02;

    private Weights() {
    }

    /**
     * The weights summing to 1: unchanged when they already do, rescaled with a notice appended to {@code notices}
     * when the sum is within {@link #TOLERANCE} of 1; refused otherwise.
     */
    static Map<IssueId, Double> normalised(Map<IssueId, Double> weights, String file, String element,
            List<String> notices) {
        double sum = 0;
        for (double w : weights.values()) {
            sum += w;
        }
        if (Math.abs(sum - 1) <= LinearAdditive.WEIGHT_TOLERANCE) {
            return weights;
        }
        if (!(Math.abs(sum - 1) <= TOLERANCE)) {
            throw ScenarioFormatException.at(file, element, "weights: expected a sum of 1 (within " + TOLERANCE
                    + "), got " + sum + " " + new TreeMap<>(weights));
        }
        Map<IssueId, Double> out = new HashMap<>();
        for (Map.Entry<IssueId, Double> e : weights.entrySet()) {
            out.put(e.getKey(), e.getValue() / sum);
        }
        notices.add(file + ": issue weights sum to " + sum + "; divided by the sum so they sum to 1");
        return out;
    }
}
