/**
 * The sweeps' front door: {@link org.treatylab.app.sweep.SweepDoor} loads, prepares, runs and times sweep jobs on the
 * local engine or on Spark, and runs the server's small bounded sweeps. The edges render its records; a run's summary
 * is the sweep module's value record {@link org.treatylab.sweep.summary.Summary}.
 */
package org.treatylab.app.sweep;
