package org.treatylab.app.talks;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.treatylab.app.common.Copies;
import org.treatylab.domain.Party;

/**
 * Talks to start in a room.
 *
 * @param agents agent names overriding the scenario's, by party (for the delegations no person plays)
 * @param people the delegations played by people (each a seat, taken from a browser, the console or an agent's
 *     client); at least one
 * @param play the seat the starter takes (one of {@code people}), or null to take none (a teacher who watches)
 * @param classroom whether watchers see every delegation's values live (else only once the talks are over)
 * @param opponentAwareOffers whether time-dependent agents offer what their model of the other side rates best
 */
public record TalksStart(ScenarioRef scenario, Map<Party, String> agents, long seed, Set<Party> people, Party play,
        boolean classroom, boolean opponentAwareOffers) {
    public TalksStart {
        Objects.requireNonNull(scenario, "scenario");
        agents = Copies.ordered(agents);
        Set<Party> all = new LinkedHashSet<>(people);
        if (play != null) {
            all.add(play);
        }
        people = java.util.Collections.unmodifiableSet(all);
    }

    /** One person plays {@code play} against the scenario's agents (or {@code agents}), and takes the seat. */
    public static TalksStart person(ScenarioRef scenario, Party play, Map<Party, String> agents, long seed) {
        return new TalksStart(scenario, agents, seed, Set.of(play), play, false, true);
    }
}
