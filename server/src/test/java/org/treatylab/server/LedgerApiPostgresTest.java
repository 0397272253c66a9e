package org.treatylab.server;

class LedgerApiPostgresTest extends LedgerApiContract {
    @Override
    Backends backend() {
        return Backends.POSTGRES;
    }
}
