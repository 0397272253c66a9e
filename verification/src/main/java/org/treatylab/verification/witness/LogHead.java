package org.treatylab.verification.witness;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.Sha256;

/**
 * What the host of a shared ledger signs about its log (RFC 9162 §4.3 "signed tree head", in TreatyLab's text form):
 * which log — {@code logId}, the fingerprint of the host key — its size, root and when. The log id in the signed
 * bytes keeps a head of one ledger from being passed off as another's.
 */
public record LogHead(String logId, long treeSize, byte[] root, Instant time) {
    private static final Pattern LOG_ID = Pattern.compile("[0-9a-f]{64}");

    public LogHead {
        Objects.requireNonNull(time, "time");
        if (logId == null || !LOG_ID.matcher(logId).matches()) {
            throw new IllegalArgumentException("log id must be 64 lower-case hex digits, got '" + logId + "'");
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

    /** The exact bytes the host signs. */
    public byte[] signedBytes() {
        return ("treatylab-log-head/v1\n" + logId + "\n" + treeSize + "\n" + Hex.of(root) + "\n" + time + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
