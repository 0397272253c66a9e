package org.treatylab.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.treatylab.domain.Party;
import org.treatylab.verification.ledger.Batch;
import org.treatylab.verification.ledger.EntryKind;
import org.treatylab.verification.ledger.Fields;
import org.treatylab.verification.ledger.Ledger;
import org.treatylab.verification.signing.Ed25519;

/**
 * The process the crash test kills: appends batches of US findings for ever and prints "ack SEQ" after each batch
 * is committed. Arguments: the store target and the US private key file.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        PrivateKey key = Ed25519.parsePrivatePem(Files.readString(Path.of(args[1])));
        JdbcLedgerStore store = Stores.open(args[0], false);
        Ledger ledger = Ledger.open(store, Clock.systemUTC());
        for (long i = 0; ; i++) {
            List<Ledger.Draft> drafts = new ArrayList<>();
            for (int j = 0; j < 7; j++) {
                drafts.add(new Ledger.Draft(EntryKind.FINDING, Fields.builder().put("of", "RU").put("n", i * 7 + j)
                        .build(), null));
            }
            Batch b = ledger.append(Party.US, key, drafts);
            System.out.println("ack " + b.lastSeq());
            System.out.flush();
        }
    }
}
