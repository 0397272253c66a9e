package org.treatylab.app.negotiation;

import java.util.List;
import java.util.Objects;

/**
 * A negotiation session to start in a room.
 *
 * @param agents one per profile in turn order: an agent's name, or {@code person} for a seat
 * @param play the party whose seat the starter takes, or null: then the starter takes the only person's seat when
 *     there is exactly one, else none (a watcher)
 * @param classroom whether watchers see every party's utilities live
 */
public record NegotiationStart(NegotiationScenarioRef scenario, List<String> agents, int rounds, long seed, String play,
        boolean classroom, NegotiationLimits limits) {
    public NegotiationStart {
        Objects.requireNonNull(scenario, "scenario");
        agents = List.copyOf(agents);
        Objects.requireNonNull(limits, "limits");
    }
}
