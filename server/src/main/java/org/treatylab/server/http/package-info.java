/**
 * What every area of the HTTP edge shares: the route table ({@link org.treatylab.server.http.Route}, the single
 * source of the registered routes and of the OpenAPI document), request parsing, JSON answers, event streams, and
 * the OpenAPI document derived from the records the routes read and write.
 *
 * <p>Entry point: {@link org.treatylab.server.http.Route}.
 */
package org.treatylab.server.http;
