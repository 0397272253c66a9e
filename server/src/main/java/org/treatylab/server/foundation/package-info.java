/**
 * The HTTP routes of one area: catalogue, postures, the posture check, treaties and drafts, counting and compliance. Each route parses its request, calls a front door of the application layer
 * and writes the record it returns; {@code Bodies} describes the JSON request bodies for the OpenAPI document.
 *
 * <p>Entry point: {@link org.treatylab.server.foundation.FoundationRoutes}.
 */
package org.treatylab.server.foundation;
