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

    @Override
    public Integer call() {
        InitResult r = LedgerDoor.init(ledger.db, ledger.keys, parties.stream().map(Values::party).toList());
        PrintWriter out = spec.commandLine().getOut();
        out.println("initialised ledger " + LedgerCommand.redact(ledger.db) + " for "
                + r.parties().stream().map(InitResult.PartyFiles::party).toList());
        for (InitResult.PartyFiles p : r.parties()) {
            out.println("  " + p.party() + ": key " + p.key() + ", API token " + p.token());
        }
        return 0;
    }
}
