package org.treatylab.talks.scenario;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.treatylab.domain.Party;

/**
 * A delegation: the party, the engine agent that plays it by default, its weights (normalised to sum to 1) and
 * its documented rankings of options for the criteria that are stated positions.
 *
 * @param rankings per criterion, the options from best to worst, with the rationale
 */
public record Delegation(Party party, String agent, Map<Criterion, Weight> weights, Map<Criterion, Ranking> rankings) {

    public Delegation {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(agent, "agent");
        weights = Map.copyOf(new EnumMap<>(weights));
        rankings = Map.copyOf(rankings);
        double sum = weights.values().stream().mapToDouble(Weight::value).sum();
        if (!(sum > 0)) {
            throw new IllegalArgumentException("delegation " + party + ": the weights sum to 0");
        }
    }

    /** A ranking of options, best first. */
    public record Ranking(List<String> order, String rationale) {
        public Ranking {
            order = List.copyOf(order);
        }

        /** The score of an option: 1 for the best, 0 for the worst, evenly spaced between (an assumption). */
        public double score(String option) {
            int i = order.indexOf(option);
            if (i < 0) {
                throw new IllegalArgumentException("option '" + option + "' is not ranked in " + order);
            }
            return order.size() == 1 ? 1 : 1 - (double) i / (order.size() - 1);
        }
    }

    /** The weight of a criterion after normalisation (0 when the delegation gives none). */
    public double weight(Criterion c) {
        double sum = weights.values().stream().mapToDouble(Weight::value).sum();
        Weight w = weights.get(c);
        return w == null ? 0 : w.value() / sum;
    }

    /** A copy with one weight changed (for sweeps); the rationale says so. */
    public Delegation withWeight(Criterion c, double value) {
        Map<Criterion, Weight> w = new EnumMap<>(Criterion.class);
        w.putAll(weights);
        w.put(c, new Weight(c, value, "set by a sweep"));
        return new Delegation(party, agent, w, rankings);
    }

    public Delegation withAgent(String name) {
        return new Delegation(party, name, weights, rankings);
    }
}
