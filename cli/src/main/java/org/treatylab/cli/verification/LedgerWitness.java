package org.treatylab.cli.verification;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.treatylab.app.ledger.ConsistencyDocument;
import org.treatylab.app.ledger.SignedHeadView;
import org.treatylab.app.ledger.WitnessDoor;
import org.treatylab.app.ledger.WitnessReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger witness}. */
@Command(name = "witness", mixinStandardHelpOptions = true,
        description = "Fetch the ledger host's signed head, check that it extends the last head seen (RFC 9162 "
                + "consistency proof), and remember it in the state file. Exit 0 when it does; 1 on a fork or a "
                + "rollback, with both signed heads written to STATE.evidence; run it from cron or by hand.")
final class LedgerWitness implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--server", required = true, paramLabel = "URL", description = "e.g. http://127.0.0.1:7070")
    String server;

    @Option(names = "--state", required = true, paramLabel = "FILE", description = "this witness's state (made on "
            + "first contact)")
    Path state;

    @Option(names = "--token-file", paramLabel = "FILE", description = "an observer's or party's API token (default: "
            + "the TREATYLAB_TOKEN environment variable)")
    Path tokenFile;

    @Option(names = "--host-key", paramLabel = "FILE.pub", description = "the host's public key file to trust on "
            + "first contact (default: the key the host presents)")
    Path hostKey;

    @Override
    public Integer call() {
        LedgerHttp http = new LedgerHttp(server, tokenFile);
        WitnessReport r = new WitnessDoor().observe(state, new WitnessDoor.Host() {
            @Override
            public SignedHeadView head() {
                return http.get("/api/ledger/head", SignedHeadView.class);
            }

            @Override
            public ConsistencyDocument consistency(long from, long to) {
                return http.get("/api/ledger/consistency?from=" + from + "&to=" + to, ConsistencyDocument.class);
            }
        }, hostKey);
        String what = switch (r.status()) {
            case "first" -> "first head seen; host key " + r.logId() + " pinned in " + state;
            case "unchanged" -> "unchanged since the last head seen";
            default -> "consistent with the head of " + r.previousSize() + " entries seen before";
        };
        spec.commandLine().getOut().println("ok: " + r.treeSize() + " entries, root " + r.root() + " signed at "
                + r.time() + ": " + what);
        return 0;
    }
}
