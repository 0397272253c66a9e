/**
 * Deriving each delegation's preferences from the engines: counting (reductions on each side), stability
 * (survivors and the first-strike index at the ceilings) and inspection planning (detection against
 * intrusiveness), combined with the scenario's documented weights.
 *
 * <p>Entry point: {@link org.treatylab.talks.derive.Derivation#of(org.treatylab.talks.scenario.Scenario)}.
 */
package org.treatylab.talks.derive;
