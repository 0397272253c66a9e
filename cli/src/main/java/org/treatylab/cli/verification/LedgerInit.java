package org.treatylab.cli.verification;

import org.treatylab.store.KeyFiles;
import org.treatylab.store.LedgerSetup;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatylab.cli.UserError;
import org.treatylab.domain.Party;
import org.treatylab.verification.signing.Ed25519;
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
    public Integer call() throws Exception {
        LinkedHashSet<Party> ps = new LinkedHashSet<>();
        for (String p : parties) {
            if (!ps.add(LedgerOptions.party(p))) {
                throw UserError.badInput("--parties: " + p + " is listed twice");
            }
        }
        if (ps.size() < 2) {
            throw UserError.badInput("--parties: a ledger needs at least two parties, got " + ps);
        }
        Path folder = KeyFiles.folder(ledger.db, ledger.keys);
        LedgerSetup.init(ledger.db, folder, List.copyOf(ps));
        PrintWriter out = spec.commandLine().getOut();
        out.println("initialised ledger " + LedgerCommand.redact(ledger.db) + " for " + ps);
        for (Party p : ps) {
            out.println("  " + p + ": key " + KeyFiles.keyFile(folder, p) + ", API token " + KeyFiles.tokenFile(folder, p));
        }
        return 0;
    }
}
