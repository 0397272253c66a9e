/**
 * The stacked alternating offers protocol: moves, deadlines, agents, sessions and their results.
 *
 * <p>Entry points: {@link org.treatylab.negotiation.protocol.Session#start} (step by step, with inspection and
 * external moves) and {@link org.treatylab.negotiation.protocol.Negotiation#run} (to the end).
 */
package org.treatylab.negotiation.protocol;
