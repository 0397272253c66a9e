/**
 * JMH benchmarks of the negotiation engine: session throughput against a GENIUS-like baseline, Pareto frontiers by
 * enumeration and by merging.
 *
 * <p>Entry points: {@link org.treatylab.bench.negotiation.SessionBenchmark} and
 * {@link org.treatylab.bench.negotiation.ParetoBenchmark}; the baseline is
 * {@link org.treatylab.bench.negotiation.NaiveGeniusLikeSession}.
 */
package org.treatylab.bench.negotiation;
