package org.treatylab.server;

/**
 * The tournament routes keep nothing in the store, so their suite runs once, on SQLite (the suites of the routes that
 * do, foundation's drafts and the ledger, run on SQLite and PostgreSQL).
 */
class TournamentApiTest extends TournamentApiContract {
    @Override
    Backends backend() {
        return Backends.SQLITE;
    }
}
