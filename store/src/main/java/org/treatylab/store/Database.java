package org.treatylab.store;

import org.treatylab.domain.session.SessionStore;
import org.treatylab.domain.treaty.TreatyDrafts;
import org.treatylab.verification.ledger.LedgerStore;

/**
 * A server's database as its ports: the ledger and the draft treaties on one connection, the kept sessions on
 * another. Closing it closes both.
 */
public final class Database implements AutoCloseable {
    private final JdbcLedgerStore ledger;
    private final TreatyDrafts drafts;
    private final JdbcSessionStore sessions;

    Database(JdbcLedgerStore ledger, JdbcSessionStore sessions) {
        this.ledger = ledger;
        this.drafts = ledger.drafts();
        this.sessions = sessions;
    }

    public LedgerStore ledger() {
        return ledger;
    }

    public TreatyDrafts drafts() {
        return drafts;
    }

    /** Talks, negotiation sessions and tournament jobs kept across restarts. */
    public SessionStore sessions() {
        return sessions;
    }

    @Override
    public void close() {
        try {
            sessions.close();
        } finally {
            ledger.close();
        }
    }
}
