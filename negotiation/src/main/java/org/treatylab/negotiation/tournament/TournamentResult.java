package org.treatylab.negotiation.tournament;

import java.util.List;

/** Every session in a fixed order (independent of thread timing) and the per-agent summary, best score first. */
public record TournamentResult(List<SessionRecord> sessions, List<AgentSummary> summary) {
    public TournamentResult {
        sessions = List.copyOf(sessions);
        summary = List.copyOf(summary);
    }
}
