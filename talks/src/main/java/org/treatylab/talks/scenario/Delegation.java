package org.treatylab.talks.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.treatylab.domain.Party;

/**
 * A delegation: the party, the engine agent that plays it by default, its posture (when not the scenario's), its
 * weights (normalised to sum to 1), its documented rankings of options, its model parameters, the projection of its
 * forces to the scenario's horizon, the upload capacity of its missiles, and the chances of ratification.
 *
 * @param posture a posture name or file for this delegation, or null for the scenario's {@code postures}
 * @param rankings per issue id, the options from best to worst, with the rationale
 * @param parameters named model inputs (e.g. {@code survivability.requirement}), each with its rationale
 * @param projection the changes from the posture to the horizon (retirements, deployments), each with its source
 * @param capacities per system, the most warheads one missile can carry (upload capacity), with the source
 * @param ratification {@code base} and {@code ISSUE.OPTION} factors of the chance that its legislature ratifies
 */
public record Delegation(Party party, String agent, String posture, Map<Criterion, Weight> weights,
        Map<String, Ranking> rankings, Map<String, Parameter> parameters, List<Projection> projection,
        Map<String, Parameter> capacities, Map<String, Parameter> ratification) {

    public Delegation {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(agent, "agent");
        weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        rankings = Map.copyOf(rankings);
        parameters = Map.copyOf(parameters);
        projection = List.copyOf(projection);
        capacities = Map.copyOf(capacities);
        ratification = Map.copyOf(ratification);
        double sum = weights.values().stream().mapToDouble(Weight::value).sum();
        if (!(sum > 0)) {
            throw new IllegalArgumentException("delegation " + party + ": the weights sum to 0");
        }
        for (Map.Entry<String, Parameter> e : ratification.entrySet()) {
            if (!(e.getValue().value() >= 0 && e.getValue().value() <= 1)) {
                throw new IllegalArgumentException("delegation " + party + ": ratification." + e.getKey()
                        + " must be a probability or factor in [0, 1], got " + e.getValue().value());
            }
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

    /**
     * One line of the projection to the horizon: a system of the posture with new counts, or a new system (then
     * {@code category} is given). Counts are launchers; {@code loading} warheads per deployed missile.
     *
     * @param nonDeployed null to keep the posture's
     * @param loading null to keep the posture's (a new missile system must give it)
     */
    public record Projection(String system, String category, long deployed, Long nonDeployed, Double loading,
            String source) {
        public Projection {
            Objects.requireNonNull(system, "system");
            if (deployed < 0 || nonDeployed != null && nonDeployed < 0 || loading != null && !(loading >= 0)) {
                throw new IllegalArgumentException("project." + system + ": counts must be >= 0");
            }
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException("project." + system + " needs a source or rationale after ' - '");
            }
        }
    }

    /** The weight of a criterion after normalisation (0 when the delegation gives none). */
    public double weight(Criterion c) {
        double sum = weights.values().stream().mapToDouble(Weight::value).sum();
        Weight w = weights.get(c);
        return w == null ? 0 : w.value() / sum;
    }

    /** The criteria this delegation weighs, derived ones first in report order, then ranked issues. */
    public List<Criterion> criteria() {
        List<Criterion> out = new ArrayList<>();
        for (Criterion c : Criterion.DERIVED) {
            if (weights.containsKey(c)) {
                out.add(c);
            }
        }
        weights.keySet().stream().filter(c -> !c.derived()).forEach(out::add);
        return out;
    }

    /** A model parameter's value. @throws IllegalArgumentException naming the parameter when it is not given */
    public double parameter(String name) {
        Parameter p = parameters.get(name);
        if (p == null) {
            throw new IllegalArgumentException("delegation " + party + " gives no 'param." + name + " = NUMBER - rationale'");
        }
        return p.value();
    }

    public Optional<Parameter> optionalParameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** A copy with one weight changed (for sweeps); the rationale says so. */
    public Delegation withWeight(Criterion c, double value) {
        Map<Criterion, Weight> w = new LinkedHashMap<>(weights);
        w.put(c, new Weight(c, value, "set by a sweep"));
        return new Delegation(party, agent, posture, w, rankings, parameters, projection, capacities, ratification);
    }

    public Delegation withAgent(String name) {
        return new Delegation(party, name, posture, weights, rankings, parameters, projection, capacities,
                ratification);
    }
}
