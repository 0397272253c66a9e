package org.treatylab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.InputException;

class SqliteLedgerStoreTest extends LedgerStoreContract {
    @Override
    String newTarget() {
        return dir.resolve("ledger.db").toString();
    }

    @Test
    void sqlite_opensInWalWithFullSync() {
        String mode = Jdbi.create(jdbcUrl(), Stores.properties(jdbcUrl())).withHandle(h -> h.createQuery(
                "PRAGMA journal_mode").mapTo(String.class).one());
        int sync = Jdbi.create(jdbcUrl(), Stores.properties(jdbcUrl())).withHandle(h -> h.createQuery(
                "PRAGMA synchronous").mapTo(Integer.class).one());
        assertThat(mode).isEqualToIgnoringCase("wal");
        assertThat(sync).isEqualTo(2);
    }

    @Test
    void open_missingFileOrInitTwice_oneLineError() {
        assertThatThrownBy(() -> Stores.open(dir.resolve("none.db").toString(), false)).isInstanceOf(InputException.class)
                .hasMessage(dir.resolve("none.db") + ": no ledger here (run 'treatylab ledger init' first)");
        assertThatThrownBy(() -> Stores.open(target, true))
                .hasMessage(target + ": already exists (a ledger is initialised once)");
    }
}
