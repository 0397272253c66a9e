/**
 * {@code treatylab sweep}: the shipped example jobs and running a job on all local cores or on Apache Spark.
 *
 * <p>Entry point: {@link org.treatylab.cli.sweep.SweepCommand}.
 */
package org.treatylab.cli.sweep;
