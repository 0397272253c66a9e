/**
 * The Spark engine of sweeps: the same jobs as the local engine, evaluated in partitions on executors and summarised
 * with DataFrame aggregations, with the same results.csv and summary for a seed.
 *
 * <p>Entry point: {@link org.treatylab.sweep.spark.SparkEngine} (found by {@code Sweeps.engine("spark")} through
 * {@link java.util.ServiceLoader}); {@link org.treatylab.sweep.spark.SparkSweepMain} for {@code spark-submit}.
 */
package org.treatylab.sweep.spark;
