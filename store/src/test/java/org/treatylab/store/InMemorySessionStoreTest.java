package org.treatylab.store;

import org.junit.jupiter.api.BeforeEach;
import org.treatylab.domain.session.InMemorySessionStore;
import org.treatylab.domain.session.SessionStore;

/** The same contract on the in-memory store (the command line's; the benchmark's baseline). */
class InMemorySessionStoreTest extends SessionStoreContract {
    private SessionStore store;

    @BeforeEach
    void open() {
        store = new InMemorySessionStore();
    }

    @Override
    SessionStore store() {
        return store;
    }

    @Override
    void reopen() {
    }
}
