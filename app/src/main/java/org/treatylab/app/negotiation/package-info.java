/**
 * The negotiation engine's front door: agents, scenarios (shipped, uploaded or files), the exact analysis, a session
 * run to its end, sessions with a person, and tournaments (run to the end or as bounded background jobs).
 *
 * <p>Entry points: {@link org.treatylab.app.negotiation.NegotiationDoor} and {@link
 * org.treatylab.app.negotiation.Tournaments}.
 */
package org.treatylab.app.negotiation;
