/**
 * Numbers that must come out the same on every engine: the per-row random generator
 * ({@link org.treatylab.sweep.stats.SplitMix}), order-independent exact sums
 * ({@link org.treatylab.sweep.stats.ExactSum}), Spark-compatible percentiles and the normal distribution.
 */
package org.treatylab.sweep.stats;
