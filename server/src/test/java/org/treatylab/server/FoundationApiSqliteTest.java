package org.treatylab.server;

class FoundationApiSqliteTest extends FoundationApiContract {
    @Override
    Backends backend() {
        return Backends.SQLITE;
    }
}
