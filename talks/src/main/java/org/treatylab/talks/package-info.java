/**
 * The arms-control talks built on TreatyLab's engines: scenarios, preferences derived from counting, stability
 * and inspection planning, sessions on the negotiation engine, and the evaluation of their outcome.
 *
 * <p>Entry point: {@link org.treatylab.talks.play.Talks} ({@code Talks.prepare(scenario)} then
 * {@code run}, {@code explain} or {@code sweep}).
 */
package org.treatylab.talks;
