package org.treatylab.server;

class StabilityApiSqliteTest extends StabilityApiContract {
    @Override
    Backends backend() {
        return Backends.SQLITE;
    }
}
