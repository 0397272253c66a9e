package org.treatylab.server;

class TournamentApiPostgresTest extends TournamentApiContract {
    @Override
    Backends backend() {
        return Backends.POSTGRES;
    }
}
