package org.treatylab.cli.verification;

import java.util.concurrent.Callable;
import org.treatylab.store.JdbcLedgerStore;
import org.treatylab.store.Stores;
import org.treatylab.verification.ledger.LedgerReport;
import org.treatylab.verification.ledger.LedgerVerifier;
import org.treatylab.verification.regime.RegimeChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger verify}. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Recompute every hash, chain link, commitment, signature and tree head; exit 0 when all "
                + "hold, else 1 naming the first broken entry.")
final class LedgerVerify implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "PATH|JDBC-URL")
    String db;

    @Override
    public Integer call() throws Exception {
        try (JdbcLedgerStore store = Stores.open(db, false)) {
            return Failures.run(false, () -> {
                LedgerReport r = LedgerVerifier.verify(store, new RegimeChecks(), null);
                spec.commandLine().getOut().println("ok: " + r.entries() + " entries in " + r.batches()
                        + " signed batches; root " + r.root());
                return 0;
            });
        }
    }
}
