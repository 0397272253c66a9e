package org.treatylab.app.negotiation;

import java.util.List;

/**
 * A tournament job with, once done, its results (the arrays of the command line's JSON file); else they are null.
 */
public record JobView(String id, String status, boolean cancelRequested, int done, int total,
        JobStatus.JobRequest request, String error, List<TournamentView.AgentSummary> summary,
        List<TournamentView.TournamentSession> sessions) {
}
