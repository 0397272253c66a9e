/**
 * Counting rule sets: how a treaty turns a force posture into the numbers its limits apply to.
 *
 * <p>Entry point: {@link org.treatylab.domain.counting.CountingRuleSets#get(String)}. A new rule set implements
 * {@link org.treatylab.domain.counting.CountingRuleSet} and is registered through {@link java.util.ServiceLoader}
 * (or {@link org.treatylab.domain.counting.CountingRuleSets#builtIn()}), without touching the others.
 */
package org.treatylab.domain.counting;
