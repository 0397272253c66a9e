/**
 * The HTTP routes of one area: negotiation agents, scenarios, analyses, sessions with a person, and tournament jobs. Each route parses its request, calls a front door of the application layer
 * and writes the record it returns; {@code Bodies} describes the JSON request bodies for the OpenAPI document.
 *
 * <p>Entry point: {@link org.treatylab.server.negotiation.NegotiationRoutes}.
 */
package org.treatylab.server.negotiation;
