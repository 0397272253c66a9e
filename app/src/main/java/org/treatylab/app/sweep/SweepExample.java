package org.treatylab.app.sweep;

/**
 * A shipped example job.
 *
 * @param samples the job's draws (or base samples for a sensitivity job)
 * @param text the job file as shipped
 */
public record SweepExample(String name, String kind, String description, long samples, String text) {
}
