package org.treatylab.talks.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.treatylab.domain.Party;
import org.treatylab.stability.multi.StrikeScenario;

/**
 * What a scenario says beyond its calendar and issues about how the talks are set: a bilateral alternative, parties
 * whose forces count but who do not negotiate, issues fixed outside the negotiation, the first strike a party's
 * survivability is judged against, and the scenario's own ensemble.
 *
 * @param bilateral the parties of the bilateral alternative ({@code bilateral = US, RU}), or empty
 * @param outside parties outside the talks whose forces, unconstrained, still face the parties (the bilateral
 *     alternative's third party); each keeps its delegation for its forces and its value of the outcome
 * @param fixed issues settled outside the negotiation, issue id to option (the bilateral alternative's China
 *     ceiling: none), counted in the chance of ratification
 * @param firstStrike the first strike survivability is judged against when there are more than two parties
 * @param ensembleAgents the scenario's ensemble agents, or empty for the default ensemble
 * @param ensembleSeeds the scenario's ensemble seeds, or empty for the default ensemble
 */
public record Setup(List<Party> bilateral, List<Party> outside, Map<String, String> fixed, StrikeScenario firstStrike,
        List<String> ensembleAgents, List<Long> ensembleSeeds) {
    /** No bilateral alternative, nobody outside, the worse single attacker, the default ensemble. */
    public static final Setup DEFAULT = new Setup(List.of(), List.of(), Map.of(), StrikeScenario.WORSE_SINGLE,
            List.of(), List.of());

    public Setup {
        bilateral = List.copyOf(bilateral);
        outside = List.copyOf(outside);
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        Objects.requireNonNull(firstStrike, "firstStrike");
        ensembleAgents = List.copyOf(ensembleAgents);
        ensembleSeeds = List.copyOf(ensembleSeeds);
        if (!bilateral.isEmpty() && bilateral.size() != 2) {
            throw new IllegalArgumentException("bilateral: expected two parties, got " + bilateral);
        }
        if (ensembleAgents.isEmpty() != ensembleSeeds.isEmpty()) {
            throw new IllegalArgumentException("ensemble.agents and ensemble.seeds go together");
        }
    }

    /** True when the scenario gives its own ensemble. */
    public boolean ownEnsemble() {
        return !ensembleAgents.isEmpty();
    }
}
