/**
 * Benchmarks of the talks: the main job end to end, the ensemble, one restructuring.
 *
 * <p>Entry point: {@link org.treatylab.bench.talks.TalksBenchmark}.
 */
package org.treatylab.bench.talks;
