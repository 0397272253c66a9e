/**
 * Tournaments: every agent pair on every bilateral scenario, both role orders, repeated, in parallel, with a
 * per-agent summary.
 *
 * <p>Entry point: {@link org.treatylab.negotiation.tournament.Tournament#run}.
 */
package org.treatylab.negotiation.tournament;
