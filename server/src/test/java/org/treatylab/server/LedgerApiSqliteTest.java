package org.treatylab.server;

class LedgerApiSqliteTest extends LedgerApiContract {
    @Override
    Backends backend() {
        return Backends.SQLITE;
    }
}
