package org.treatylab.server;

class TournamentApiSqliteTest extends TournamentApiContract {
    @Override
    Backends backend() {
        return Backends.SQLITE;
    }
}
