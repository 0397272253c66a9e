/**
 * The named negotiation strategies (boulware, linear, conceder, hardliner, random, tit-for-tat, nice-tit-for-tat,
 * frequency, micro), each documented with its source.
 *
 * <p>Entry point: {@link org.treatylab.negotiation.agent.Agents}.
 */
package org.treatylab.negotiation.agent;
