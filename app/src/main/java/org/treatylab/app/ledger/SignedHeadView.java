package org.treatylab.app.ledger;

/**
 * A head of the ledger's log signed by its host: {@code log_id} (the host key's fingerprint), size, root, time, the
 * Ed25519 signature over {@code treatylab-log-head/v1\nLOG_ID\nSIZE\nROOT\nTIME\n}, and the host's public key
 * (base64 X.509), which a witness pins on first contact.
 */
public record SignedHeadView(String logId, long treeSize, String root, String time, String signature,
        String hostKey) {
}
