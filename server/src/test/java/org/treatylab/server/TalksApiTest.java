package org.treatylab.server;

/** The talks routes on SQLite (their rooms are kept in the store; the same suite runs on PostgreSQL). */
class TalksApiTest extends TalksApiContract {
    @Override
    Backends backend() {
        return Backends.SQLITE;
    }
}
