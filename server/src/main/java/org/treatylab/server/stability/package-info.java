/**
 * The HTTP routes of one area: weapon effects, exchanges, sweeps and a treaty's stability consequences. Each route parses its request, calls a front door of the application layer
 * and writes the record it returns; {@code Bodies} describes the JSON request bodies for the OpenAPI document.
 *
 * <p>Entry point: {@link org.treatylab.server.stability.StabilityRoutes}.
 */
package org.treatylab.server.stability;
