package org.treatylab.cli.verification;

import java.nio.file.Path;
import org.treatylab.app.ledger.LedgerDoor;
import picocli.CommandLine.Option;

/** The options every ledger command shares, and how they open the ledger. */
final class LedgerOptions {
    @Option(names = "--db", paramLabel = "PATH|JDBC-URL",
            description = "the ledger: a SQLite file, or a JDBC URL (e.g. jdbc:postgresql://host/db?user=u&password=p)")
    String db;

    @Option(names = "--keys", paramLabel = "DIR", description = "key folder (default: PATH.keys beside a file database)")
    Path keys;

    LedgerDoor open() {
        if (db == null) {
            throw new org.treatylab.domain.InputException("--db: give the ledger (a SQLite file or a JDBC URL)");
        }
        return LedgerDoor.open(db, keys);
    }
}
