package org.treatylab.app.negotiation;

import java.util.List;

/** A tournament's results: one row per session and a summary per agent (the JSON file of {@code treatylab tournament}). */
public record TournamentView(List<TournamentSession> sessions, List<AgentSummary> summary) {
    public TournamentView {
        sessions = List.copyOf(sessions);
        summary = List.copyOf(summary);
    }

    /**
     * One session of the schedule.
     *
     * @param session its 1-based place in the schedule
     * @param agreement whether it ended in agreement
     * @param utilities what each party gets, discounted to the time of the end
     * @param nashDistance null when no outcome is individually rational
     * @param outcome the agreement as text, or null
     */
    public record TournamentSession(int session, String scenario, int repetition, List<String> agents, List<String> profiles,
            long seed, String end, boolean agreement, int rounds, List<Double> utilities, double welfare,
            double paretoDistance, Double nashDistance, String outcome) {
        public TournamentSession {
            agents = List.copyOf(agents);
            profiles = List.copyOf(profiles);
            utilities = List.copyOf(utilities);
        }
    }

    /** One agent over all its sessions. */
    public record AgentSummary(String agent, int sessions, double meanUtility, double agreementRate, double meanWelfare,
            double meanParetoDistance, Double meanNashDistance) {
    }
}
