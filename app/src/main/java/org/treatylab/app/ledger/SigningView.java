package org.treatylab.app.ledger;

import java.util.List;

/**
 * A write prepared by the host for the party's own client to sign: the exact bytes (UTF-8 text, shown as it is
 * signed), the canonical text of each entry they cover (SHA-256 of the last one is the batch's last hash; each
 * entry's previous hash is the one before), and the items declared in clear, so that the client can check what it
 * signs. It expires unsigned after {@code expires}; a write of another party meanwhile makes its bytes stale.
 *
 * @param id what the signature is sent back with ({@code POST /api/ledger/signing/{id}})
 * @param bytes the text to sign, exactly (Ed25519 over its UTF-8 bytes)
 * @param entries each entry's canonical text (its hash is SHA-256 of its UTF-8 bytes)
 */
public record SigningView(String id, String party, String kind, String nonce, String bytes, List<String> entries,
        List<ItemView> items, String expires) {
    public SigningView {
        entries = List.copyOf(entries);
        items = List.copyOf(items);
    }
}
