package org.treatylab.cli.verification;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.treatylab.app.ledger.Declared;
import java.util.List;
import org.treatylab.app.ledger.LedgerDoor;
import org.treatylab.app.ledger.SigningCheck;
import org.treatylab.app.ledger.SigningView;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.app.ledger.ClientFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger declare}. */
@Command(name = "declare", mixinStandardHelpOptions = true,
        description = "Declare items (CSV: uid,system,category,status,facility,warheads), each committed with a "
                + "fresh salt, in one signed batch.")
final class LedgerDeclare implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Mixin
    WriterOptions writer;

    @Option(names = "--items", required = true, paramLabel = "FILE")
    Path items;

    @Option(names = "--server", paramLabel = "URL", description = "declare through a ledger server instead of --db: "
            + "the server prepares the exact bytes, this client checks them and signs them with --key (which never "
            + "leaves this machine)")
    String server;

    @Option(names = "--token-file", paramLabel = "FILE", description = "with --server: the party's API token "
            + "(default: the TREATYLAB_TOKEN environment variable)")
    Path tokenFile;

    @Override
    public Integer call() {
        if (server != null) {
            return remote();
        }
        try (LedgerDoor door = ledger.open()) {
            Declared d = door.declare(writer.party(), writer.key, writer.nonce(), items);
            spec.commandLine().getOut().println("declared " + d.declared() + " items of " + d.party() + " (entries "
                    + d.firstEntry() + ".." + d.lastEntry() + ")");
            return 0;
        }
    }

    private int remote() {
        if (ledger.db != null) {
            throw new InputException("give --db (a ledger here) or --server (a ledger server), not both");
        }
        if (writer.key == null) {
            throw new InputException("--key: with --server this client signs: give the party's private key file");
        }
        Party p = writer.party();
        String nonce = writer.nonce();
        String csv = ClientFiles.text(items, 1 << 20);
        List<String> uids = SigningCheck.uids(items.toString(), csv, p);
        LedgerHttp http = new LedgerHttp(server, tokenFile);
        SigningView v = http.post("/api/ledger/signing/declarations?nonce=" + nonce, csv, "text/csv",
                SigningView.class);
        String signature = SigningCheck.checkAndSign(v, p, nonce, uids, writer.key);
        Declared d = http.post("/api/ledger/signing/" + v.id(), "{\"signature\": \"" + signature + "\"}",
                "application/json", Declared.class);
        spec.commandLine().getOut().println("declared " + d.declared() + " items of " + d.party() + " (entries "
                + d.firstEntry() + ".." + d.lastEntry() + "), signed here with " + writer.key);
        return 0;
    }
}
