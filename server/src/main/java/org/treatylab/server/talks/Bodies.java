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

    /** Talks in which a person plays one delegation. */
    public record TalksSessionBody(String scenario, String play, Long seed, Map<String, String> agents) {
    }

    /** The person's move: offer (terms: issue id to option, the rest from the table), accept or end. */
    public record TalksMoveBody(String move, Map<String, String> terms) {
    }
}
