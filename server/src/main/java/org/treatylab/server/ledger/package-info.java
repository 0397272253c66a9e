/**
 * The HTTP routes of one area: the verification ledger (per-party tokens) and the public proof and inspection helpers. Each route parses its request, calls a front door of the application layer
 * and writes the record it returns; {@code Bodies} describes the JSON request bodies for the OpenAPI document.
 *
 * <p>Entry point: {@link org.treatylab.server.ledger.LedgerRoutes}.
 */
package org.treatylab.server.ledger;
