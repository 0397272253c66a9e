/**
 * The arms-control talks built on TreatyLab's engines: scenarios (any number of parties, every number with its
 * source or rationale), each party's forces projected to the horizon and restructured under the treaty's ceilings,
 * preferences derived from counting, stability and inspection planning and weighed by the chance of ratification,
 * sessions on the negotiation engine, ensembles of sessions, and the evaluation of their outcome.
 *
 * <p>Entry point: {@link org.treatylab.talks.play.Talks} ({@code Talks.prepare(scenario)} then {@code run},
 * {@link org.treatylab.talks.play.Ensemble#run}, {@code explain} or {@code sweep}); restructuring alone:
 * {@link org.treatylab.talks.restructure.Restructurer#best}.
 */
package org.treatylab.talks;
