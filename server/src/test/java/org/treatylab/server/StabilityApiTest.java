package org.treatylab.server;

/**
 * The stability routes keep nothing in the store, so their suite runs once, on SQLite (the suites of the routes that
 * do, foundation's drafts and the ledger, run on SQLite and PostgreSQL).
 */
class StabilityApiTest extends StabilityApiContract {
    @Override
    Backends backend() {
        return Backends.SQLITE;
    }
}
