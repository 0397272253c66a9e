/**
 * Playing the talks: sessions on the negotiation engine between delegation agents (or a person), dated rounds on a
 * hard or soft calendar, ensembles of runs over one derivation ({@link org.treatylab.talks.play.Ensemble}), the
 * evaluation of the outcome, why it lands where it does ({@link org.treatylab.talks.play.Landing}), and sweeps over
 * a documented priority.
 *
 * <p>Entry point: {@link org.treatylab.talks.play.Talks#prepare(org.treatylab.talks.scenario.Scenario)}.
 */
package org.treatylab.talks.play;
