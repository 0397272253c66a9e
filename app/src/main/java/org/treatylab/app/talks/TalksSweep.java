package org.treatylab.app.talks;

import java.util.List;

/**
 * The talks run once per value of one delegation's priority.
 *
 * @param vary the priority varied, {@code PARTY.CRITERION}
 */
public record TalksSweep(String scenario, String vary, List<Run> runs) {
    public TalksSweep {
        runs = List.copyOf(runs);
    }

    /** One value and what the talks gave with it. */
    public record Run(double value, TalksRun result) {
    }
}
