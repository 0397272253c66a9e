package org.treatylab.cli.verification;

import java.nio.file.Path;
import org.treatylab.app.ledger.LedgerDoor;
import org.treatylab.cli.common.Values;
import org.treatylab.domain.Party;
import picocli.CommandLine.Option;

/** The options of every writing ledger command: the party that writes and signs, and its key file. */
final class WriterOptions {
    @Option(names = "--party", required = true, paramLabel = "P", description = "the party that writes and signs")
    String party;

    @Option(names = "--key", paramLabel = "FILE", description = "its private key (default: DIR/<party>.key)")
    Path key;

    @Option(names = "--nonce", paramLabel = "TEXT", description = "the write's nonce, 8-128 of A-Z a-z 0-9 . _ : - "
            + "(default: a fresh random one); give the same nonce to retry a write safely: a replay appends nothing "
            + "and exits 1 naming the entry the nonce first wrote")
    String nonce;

    /** The nonce given, or a fresh one. */
    String nonce() {
        return nonce == null ? LedgerDoor.freshNonce() : nonce;
    }

    Party party() {
        return Values.party(party);
    }
}
