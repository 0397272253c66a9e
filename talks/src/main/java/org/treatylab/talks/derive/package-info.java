/**
 * Deriving each delegation's preferences from the engines: each party's projected baseline restructured under the
 * ceilings, then counting, stability (survivors and the first-strike index), upload potential, cost, parity, the
 * headline cut and inspection planning (detection against intrusiveness), combined with the scenario's documented
 * weights into an expected utility that weighs the chance of ratification.
 *
 * <p>Entry point: {@link org.treatylab.talks.derive.Derivation#of(org.treatylab.talks.scenario.Scenario)}.
 */
package org.treatylab.talks.derive;
