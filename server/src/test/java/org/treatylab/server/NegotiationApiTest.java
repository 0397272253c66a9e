package org.treatylab.server;

/**
 * The negotiation routes on SQLite (their sessions are kept in the store like the talks rooms, whose suite also runs
 * on PostgreSQL).
 */
class NegotiationApiTest extends NegotiationApiContract {
    @Override
    Backends backend() {
        return Backends.SQLITE;
    }
}
