package org.treatylab.app.negotiation;

import java.util.List;

/**
 * A tournament job's status and progress.
 *
 * @param status queued, running, done, failed or cancelled
 * @param done sessions finished
 * @param request what was asked, with the scenarios by name
 * @param error why it failed, or null
 */
public record JobStatus(String id, String status, boolean cancelRequested, int done, int total, JobRequest request,
        String error) {

    /** The job's request as started ({@code sample} 0: every line-up). */
    public record JobRequest(List<String> scenarios, List<String> agents, int repetitions, int rounds, long seed,
            int sample) {
        public JobRequest {
            scenarios = List.copyOf(scenarios);
            agents = List.copyOf(agents);
        }
    }
}
