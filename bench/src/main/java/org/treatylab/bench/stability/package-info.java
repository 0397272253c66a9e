/**
 * JMH benchmarks of the stability engine.
 *
 * <p>Entry point: {@link org.treatylab.bench.stability.StabilityBenchmark}.
 */
package org.treatylab.bench.stability;
