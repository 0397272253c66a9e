/**
 * Tournaments: on every scenario of n parties, every line-up of n agents (every combination in every role order) or a
 * seeded sample of them, repeated, in parallel, with progress and an ANAC-style per-agent summary.
 *
 * <p>Entry point: {@link org.treatylab.negotiation.tournament.Tournament#run}.
 */
package org.treatylab.negotiation.tournament;
