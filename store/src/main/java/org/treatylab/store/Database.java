package org.treatylab.store;

import org.treatylab.domain.treaty.TreatyDrafts;
import org.treatylab.verification.ledger.LedgerStore;

/**
 * A server's database as its ports: the ledger and the draft treaties, on one connection. Closing it closes both.
 */
public final class Database implements AutoCloseable {
    private final JdbcLedgerStore ledger;
    private final TreatyDrafts drafts;
    private final JdbcTokens tokens;

    Database(JdbcLedgerStore ledger) {
        this.ledger = ledger;
        this.drafts = ledger.drafts();
        this.tokens = ledger.tokens();
    }

    /** The API tokens the server accepts. */
    public JdbcTokens tokens() {
        return tokens;
    }

    public LedgerStore ledger() {
        return ledger;
    }

    public TreatyDrafts drafts() {
        return drafts;
    }

    @Override
    public void close() {
        ledger.close();
    }
}
