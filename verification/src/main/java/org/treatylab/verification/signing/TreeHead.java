package org.treatylab.verification.signing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.treatylab.domain.Party;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.Sha256;

/**
 * What a party signs about a Merkle tree: which tree ({@code log}, e.g. {@code ledger} or
 * {@code snapshot:US:2011-09-01}), its size and root, and when. The log name in the signed bytes keeps a
 * signature over one tree from being replayed for another.
 */
public record TreeHead(String log, Party party, long treeSize, byte[] root, Instant time) {
    public TreeHead {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(time, "time");
        if (log.isBlank() || log.contains("\n")) {
            throw new IllegalArgumentException("log name must be one non-blank line, got '" + log + "'");
        }
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size must not be negative, got " + treeSize);
        }
        if (root == null || root.length != Sha256.LENGTH) {
            throw new IllegalArgumentException("root must have 32 bytes");
        }
        root = root.clone();
    }

    @Override
    public byte[] root() {
        return root.clone();
    }

    /** The exact bytes signed. */
    public byte[] signedBytes() {
        return ("treatylab-tree-head/v1\n" + log + "\n" + party.code() + "\n" + treeSize + "\n" + Hex.of(root) + "\n"
                + time + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
