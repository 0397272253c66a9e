/**
 * The HTTP edge: a Javalin server with the REST API under {@code /api}, its OpenAPI document built from the route
 * table, and the web page. Each area has its package of routes ({@code foundation}, {@code talks},
 * {@code negotiation}, {@code stability}, {@code ledger}) that parse requests, call the application layer's doors and
 * write their records; {@code http} holds what every area shares (the route table, request parsing, answers, event
 * streams, the OpenAPI document).
 *
 * <p>Entry point: {@link org.treatylab.server.TreatyLabServer#start(ServerOptions)}. Failures carry their kind from
 * the application layer and are mapped to status codes in one place.
 */
package org.treatylab.server;
