package org.treatylab.server;

class NegotiationApiPostgresTest extends NegotiationApiContract {
    @Override
    Backends backend() {
        return Backends.POSTGRES;
    }
}
