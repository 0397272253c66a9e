/**
 * The vocabulary of a negotiation: issues and their values, domains and outcomes.
 *
 * <p>Entry point: {@link org.treatylab.negotiation.model.Domain}, which builds validated
 * {@link org.treatylab.negotiation.model.Outcome}s from value indices, value maps or ranks.
 */
package org.treatylab.negotiation.model;
