package org.treatylab.server;

class NegotiationApiSqliteTest extends NegotiationApiContract {
    @Override
    Backends backend() {
        return Backends.SQLITE;
    }
}
