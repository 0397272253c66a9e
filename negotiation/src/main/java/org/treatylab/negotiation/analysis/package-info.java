/**
 * Analysis of a scenario: exact Pareto frontier (merged per issue for additive two-party preferences, enumerated
 * with a stated limit otherwise), Nash, Kalai-Smorodinsky, maximum welfare, distances and opposition.
 *
 * <p>Entry point: {@link org.treatylab.negotiation.analysis.Analyzer#analyze}.
 */
package org.treatylab.negotiation.analysis;
