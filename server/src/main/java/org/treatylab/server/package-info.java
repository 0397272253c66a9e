/**
 * The HTTP edge: a Javalin server with the REST API under {@code /api}, its OpenAPI document built from the
 * route table, and the web page.
 *
 * <p>Entry point: {@link org.treatylab.server.TreatyLabServer#start(ServerOptions)}. Handlers throw
 * {@link org.treatylab.server.ApiError} or the engines' input exceptions; one place maps them to JSON errors.
 */
package org.treatylab.server;
