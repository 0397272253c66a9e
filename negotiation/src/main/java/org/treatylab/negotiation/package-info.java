/**
 * TreatyLab's general automated-negotiation engine; it knows nothing of arms control.
 *
 * <p>Entry points: {@link org.treatylab.negotiation.model.Domain} (issues and outcomes),
 * {@link org.treatylab.negotiation.preference.Profile} (a party's preferences),
 * {@link org.treatylab.negotiation.protocol.Session} (the stacked alternating offers protocol, step by step or run to
 * the end with {@link org.treatylab.negotiation.protocol.Negotiation#run}),
 * {@link org.treatylab.negotiation.agent.Agents} (the named strategies),
 * {@link org.treatylab.negotiation.analysis.Analyzer} (Pareto frontier, Nash, Kalai-Smorodinsky),
 * {@link org.treatylab.negotiation.tournament.Tournament} and {@link org.treatylab.negotiation.io.Scenarios}
 * (GENIUS XML and GeniusWeb JSON files). Failures the caller should expect are {@link
 * org.treatylab.negotiation.NegotiationException}s.
 */
package org.treatylab.negotiation;
