package org.treatylab.cli.verification;

import java.nio.file.Path;
import org.treatylab.cli.common.Values;
import org.treatylab.domain.Party;
import picocli.CommandLine.Option;

/** The options of every writing ledger command: the party that writes and signs, and its key file. */
final class WriterOptions {
    @Option(names = "--party", required = true, paramLabel = "P", description = "the party that writes and signs")
    String party;

    @Option(names = "--key", paramLabel = "FILE", description = "its private key (default: DIR/<party>.key)")
    Path key;

    Party party() {
        return Values.party(party);
    }
}
