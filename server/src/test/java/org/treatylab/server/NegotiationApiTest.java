package org.treatylab.server;

/**
 * The negotiation routes keep nothing in the store, so their suite runs once, on SQLite (the suites of the routes that
 * do, foundation's drafts and the ledger, run on SQLite and PostgreSQL).
 */
class NegotiationApiTest extends NegotiationApiContract {
    @Override
    Backends backend() {
        return Backends.SQLITE;
    }
}
