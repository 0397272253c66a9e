/**
 * The negotiation commands: {@code negotiate} (one session), {@code analyze} (Pareto frontier and bargaining
 * solutions) and {@code tournament} (every agent pair on every scenario, in parallel).
 *
 * <p>Entry points: {@link org.treatylab.cli.negotiation.NegotiateCommand},
 * {@link org.treatylab.cli.negotiation.AnalyzeCommand} and {@link org.treatylab.cli.negotiation.TournamentCommand}.
 */
package org.treatylab.cli.negotiation;
