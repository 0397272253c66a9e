package org.treatylab.server;

class FoundationApiPostgresTest extends FoundationApiContract {
    @Override
    Backends backend() {
        return Backends.POSTGRES;
    }
}
