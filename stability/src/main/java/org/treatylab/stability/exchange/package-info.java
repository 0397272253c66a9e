/**
 * Counterforce exchanges and first-strike stability: marginal-gain allocation of a first strike, expected survivors,
 * a Monte Carlo replay with confidence intervals, and the Kent &amp; Thaler index.
 *
 * <p>Entry point: {@link org.treatylab.stability.exchange.Engagement#between}; then
 * {@link org.treatylab.stability.exchange.Engagement#assess} (fast, repeatable on scaled forces) or
 * {@link org.treatylab.stability.exchange.Engagement#exchange} (detail and a plan for
 * {@link org.treatylab.stability.exchange.MonteCarlo}).
 */
package org.treatylab.stability.exchange;
