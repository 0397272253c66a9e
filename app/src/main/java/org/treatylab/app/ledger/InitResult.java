package org.treatylab.app.ledger;

import java.nio.file.Path;
import java.util.List;

/** A ledger created: where each party's key and API token were written. */
public record InitResult(List<PartyFiles> parties) {
    public InitResult {
        parties = List.copyOf(parties);
    }

    /** One party's private key file (null when the party made its own) and API token file (owner-only). */
    public record PartyFiles(String party, Path key, Path token) {
    }
}
