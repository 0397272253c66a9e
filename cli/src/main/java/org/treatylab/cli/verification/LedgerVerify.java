package org.treatylab.cli.verification;

import java.util.concurrent.Callable;
import org.treatylab.app.ledger.LedgerDoor;
import org.treatylab.app.ledger.Verified;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger verify}. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Recompute every hash, chain link, commitment, signature and tree head; exit 0 when all "
                + "hold, else 1 naming the first broken entry and the check that failed.")
final class LedgerVerify implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "PATH|JDBC-URL")
    String db;

    @Override
    public Integer call() {
        try (LedgerDoor door = LedgerDoor.open(db, null)) {
            Verified r = door.verify(null);
            spec.commandLine().getOut().println("ok: " + r.entries() + " entries in " + r.batches()
                    + " signed batches; root " + r.root());
            r.notChecked().forEach(n -> spec.commandLine().getOut().println("not checked: " + n));
            return 0;
        }
    }
}
