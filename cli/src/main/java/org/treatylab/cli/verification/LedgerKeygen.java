package org.treatylab.cli.verification;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.treatylab.app.ledger.KeyGenerated;
import org.treatylab.app.ledger.LedgerDoor;
import org.treatylab.cli.common.Values;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger keygen}. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Make a party's Ed25519 key pair on the party's own machine: the private key to FILE "
                + "(PKCS#8 PEM, owner-only; it never leaves you) and the public key, signed with it, to FILE.pub "
                + "(give that to the ledger's host for 'ledger init --public-key').")
final class LedgerKeygen implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--party", required = true, paramLabel = "P", description = "the party the key is for")
    String party;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the private key file to write "
            + "(must not exist)")
    Path out;

    @Override
    public Integer call() {
        KeyGenerated k = LedgerDoor.keygen(Values.party(party).code(), out);
        spec.commandLine().getOut().println("wrote " + k.owner() + "'s private key to " + k.key()
                + " (owner-only) and its public key to " + k.publicKey() + "; fingerprint " + k.fingerprint());
        return 0;
    }
}
