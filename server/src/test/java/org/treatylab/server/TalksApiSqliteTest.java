package org.treatylab.server;

class TalksApiSqliteTest extends TalksApiContract {
    @Override
    Backends backend() {
        return Backends.SQLITE;
    }
}
