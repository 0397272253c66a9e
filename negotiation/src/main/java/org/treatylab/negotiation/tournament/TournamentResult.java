package org.treatylab.negotiation.tournament;

import java.util.List;

/** Every session in a fixed order (independent of thread timing) and the per-agent summary, best score first. */
public record TournamentResult(List<SessionRecord> sessions, List<AgentSummary> summary) {
    public TournamentResult {
        sessions = List.copyOf(sessions);
        summary = List.copyOf(summary);
    }

    /** The result of these sessions (in index order) with the summary over {@code agents}, as a run computes it. */
    public static TournamentResult of(List<String> agents, List<SessionRecord> sessions) {
        return new TournamentResult(sessions, Summaries.of(agents, sessions));
    }
}
