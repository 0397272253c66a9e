package org.treatylab.server;

class TalksApiPostgresTest extends TalksApiContract {
    @Override
    Backends backend() {
        return Backends.POSTGRES;
    }
}
