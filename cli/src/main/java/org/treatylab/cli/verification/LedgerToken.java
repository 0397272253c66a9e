package org.treatylab.cli.verification;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.treatylab.app.ledger.AccessDoor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger token}. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Issue an observer's API token (reads the signed head and consistency proofs only): written "
                + "owner-only to FILE, its SHA-256 kept in the ledger. Parties' tokens are issued by 'ledger init'.")
final class LedgerToken implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "PATH|JDBC-URL")
    String db;

    @Option(names = "--role", required = true, paramLabel = "observer", description = "the token's role: observer")
    String role;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the token file (must not exist)")
    Path out;

    @Override
    public Integer call() {
        if (!role.strip().equalsIgnoreCase("observer")) {
            throw new org.treatylab.domain.InputException("--role: only 'observer' tokens are issued here (a party's "
                    + "token comes with its registration by 'ledger init'), got '" + role + "'");
        }
        Path f = AccessDoor.issueObserverToken(db, out);
        spec.commandLine().getOut().println("wrote an observer's API token to " + f + " (owner-only)");
        return 0;
    }
}
