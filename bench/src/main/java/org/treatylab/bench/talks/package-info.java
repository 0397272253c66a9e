/**
 * Benchmarks of the talks: the main job end to end, the ensemble, one restructuring.
 *
 * <p>Entry point: {@link org.treatylab.bench.talks.TalksBenchmark}; {@link
 * org.treatylab.bench.talks.AfterNewStartSensitivity} measures which inputs move the three-party talks.
 */
package org.treatylab.bench.talks;
