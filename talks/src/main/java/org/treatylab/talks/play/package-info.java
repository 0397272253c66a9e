/**
 * Playing the talks: sessions on the negotiation engine between delegation agents (or a person), dated rounds,
 * the evaluation of the outcome, and sweeps over a documented priority.
 *
 * <p>Entry point: {@link org.treatylab.talks.play.Talks#prepare(org.treatylab.talks.scenario.Scenario)}.
 */
package org.treatylab.talks.play;
