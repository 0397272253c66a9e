package org.treatylab.server.talks;

import java.util.List;
import java.util.Map;

/** The JSON request bodies of the talks routes, as the OpenAPI document describes them. */
public final class Bodies {
    private Bodies() {
    }

    /** A run with engine agents: agents override the scenario's, by party code. */
    public record TalksRunBody(String scenario, Long seed, Map<String, String> agents) {
    }

    /** The talks run once per value of one priority, {@code PARTY.CRITERION}; 1 to 20 values. */
    public record TalksSweepBody(String scenario, String vary, List<Double> values, Long seed,
            Map<String, String> agents) {
    }

    /**
     * Talks in a room: the delegations people play (seats), the seat the starter takes ({@code play}; none: a
     * watcher), classroom mode (watchers see every delegation's values live), the seed and the other delegations'
     * agents.
     */
    public record TalksSessionBody(String scenario, List<String> people, String play, Boolean classroom, Long seed,
            Map<String, String> agents) {
    }

    /** The seat to take; the first open one when absent. */
    public record TalksSeatBody(String party) {
    }

    /**
     * A seat's move: offer (terms: issue id to option, the rest from the table), accept or end, for the round the
     * mover saw.
     */
    public record TalksMoveBody(String move, Map<String, String> terms, Integer round) {
    }
}
