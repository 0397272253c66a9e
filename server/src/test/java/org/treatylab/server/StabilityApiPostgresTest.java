package org.treatylab.server;

class StabilityApiPostgresTest extends StabilityApiContract {
    @Override
    Backends backend() {
        return Backends.POSTGRES;
    }
}
