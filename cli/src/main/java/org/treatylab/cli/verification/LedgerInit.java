package org.treatylab.cli.verification;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatylab.app.ledger.InitResult;
import org.treatylab.app.ledger.LedgerDoor;
import org.treatylab.cli.common.Values;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger init}. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create the ledger, one Ed25519 key pair and one API token per party (DIR/<party>.key and "
                + "DIR/<party>.token, owner-only), and register the public keys and token hashes.")
final class LedgerInit implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Option(names = "--parties", required = true, split = ",", paramLabel = "US,RU")
    List<String> parties;

    @Option(names = "--public-key", paramLabel = "P=FILE.pub", description = "make the ledger from each party's own "
            + "public key ('ledger keygen'), one per party: no private key is made here; each party then signs its "
            + "registration ('ledger register')")
    java.util.Map<String, java.nio.file.Path> publicKeys;

    @Override
    public Integer call() {
        if (ledger.db == null) {
            throw new org.treatylab.domain.InputException("--db: give the ledger to create (a SQLite file or a JDBC URL)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (publicKeys != null) {
            java.util.Map<org.treatylab.domain.Party, java.nio.file.Path> files = new java.util.LinkedHashMap<>();
            publicKeys.forEach((p, f) -> files.put(Values.party(p), f));
            InitResult r = LedgerDoor.initFromPublicKeys(ledger.db, ledger.keys, parties.stream().map(Values::party)
                    .toList(), files);
            out.println("initialised ledger " + LedgerCommand.redact(ledger.db) + " for "
                    + r.parties().stream().map(InitResult.PartyFiles::party).toList() + " from their public keys; "
                    + "each registers with 'ledger register'");
            for (InitResult.PartyFiles p : r.parties()) {
                out.println("  " + p.party() + ": API token " + p.token() + " (give it to " + p.party() + ")");
            }
            return 0;
        }
        InitResult r = LedgerDoor.init(ledger.db, ledger.keys, parties.stream().map(Values::party).toList());
        out.println("initialised ledger " + LedgerCommand.redact(ledger.db) + " for "
                + r.parties().stream().map(InitResult.PartyFiles::party).toList());
        for (InitResult.PartyFiles p : r.parties()) {
            out.println("  " + p.party() + ": key " + p.key() + ", API token " + p.token());
        }
        return 0;
    }
}
