/**
 * The HTTP routes of one area: talks scenarios, runs, explanations, sweeps, a person's talks and their events. Each route parses its request, calls a front door of the application layer
 * and writes the record it returns; {@code Bodies} describes the JSON request bodies for the OpenAPI document.
 *
 * <p>Entry point: {@link org.treatylab.server.talks.TalksRoutes}.
 */
package org.treatylab.server.talks;
