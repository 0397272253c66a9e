/**
 * Seeded random scenarios for property tests and benchmarks.
 *
 * <p>Entry point: {@link org.treatylab.negotiation.generate.RandomScenarios}.
 */
package org.treatylab.negotiation.generate;
