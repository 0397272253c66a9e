package org.treatylab.cli.verification;

import org.treatylab.store.KeyFiles;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Clock;
import org.treatylab.domain.Party;
import org.treatylab.store.JdbcLedgerStore;
import org.treatylab.store.Stores;
import org.treatylab.verification.ledger.Ledger;
import org.treatylab.verification.regime.Regime;
import picocli.CommandLine.Option;

/** The options every ledger command shares, and how they open the ledger. */
final class LedgerOptions {
    @Option(names = "--db", required = true, paramLabel = "PATH|JDBC-URL",
            description = "the ledger: a SQLite file, or a JDBC URL (e.g. jdbc:postgresql://host/db?user=u&password=p)")
    String db;

    @Option(names = "--keys", paramLabel = "DIR", description = "key folder (default: PATH.keys beside a file database)")
    Path keys;

    JdbcLedgerStore openStore() {
        return Stores.open(db, false);
    }

    /** A party's private key: {@code --key FILE}, else {@code DIR/<party>.key}. */
    PrivateKey key(Party party, Path keyFile) {
        return KeyFiles.readKey(keyFile != null ? keyFile : KeyFiles.keyFile(KeyFiles.folder(db, keys), party));
    }

    static Regime regime(JdbcLedgerStore store) {
        Clock clock = Clock.systemUTC();
        return new Regime(Ledger.open(store, clock), clock, new SecureRandom());
    }

    static Party party(String text) {
        return Party.parse(text);
    }
}
