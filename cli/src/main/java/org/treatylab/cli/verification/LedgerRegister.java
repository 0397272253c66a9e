package org.treatylab.cli.verification;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.treatylab.app.ledger.Declared;
import org.treatylab.app.ledger.LedgerDoor;
import org.treatylab.app.ledger.SigningCheck;
import org.treatylab.app.ledger.SigningView;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger register}. */
@Command(name = "register", mixinStandardHelpOptions = true,
        description = "Register this party's key in a ledger made from public keys ('ledger init --public-key'): "
                + "the registration entry is signed here with --key (FILE.pub beside it), on a ledger server "
                + "(--server, with the party's API token) or a ledger file (--db).")
final class LedgerRegister implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Mixin
    WriterOptions writer;

    @Option(names = "--server", paramLabel = "URL", description = "register through a ledger server instead of --db")
    String server;

    @Option(names = "--token-file", paramLabel = "FILE", description = "with --server: the party's API token "
            + "(default: the TREATYLAB_TOKEN environment variable)")
    Path tokenFile;

    @Override
    public Integer call() {
        if (writer.key == null) {
            throw new InputException("--key: the private key to register (made by 'ledger keygen')");
        }
        Party p = writer.party();
        String nonce = writer.nonce();
        Declared d;
        if (server != null) {
            if (ledger.db != null) {
                throw new InputException("give --db (a ledger here) or --server (a ledger server), not both");
            }
            LedgerHttp http = new LedgerHttp(server, tokenFile);
            SigningView v = http.post("/api/ledger/signing/registration?nonce=" + nonce, "", "text/plain",
                    SigningView.class);
            String signature = SigningCheck.checkAndSignRegistration(v, p, nonce, writer.key);
            d = http.post("/api/ledger/signing/" + v.id(), "{\"signature\": \"" + signature + "\"}",
                    "application/json", Declared.class);
        } else {
            try (LedgerDoor door = ledger.open()) {
                d = door.register(p, writer.key, nonce);
            }
        }
        spec.commandLine().getOut().println("registered " + d.party() + "'s key (entry " + d.firstEntry()
                + "), signed here with " + writer.key);
        return 0;
    }
}
