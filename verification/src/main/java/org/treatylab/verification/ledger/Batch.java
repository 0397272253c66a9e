package org.treatylab.verification.ledger;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.treatylab.domain.Party;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.merkle.ConsistencyProof;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.signing.Ed25519;

/**
 * One write to the ledger: a party's entries, written in one transaction, and the party's signed tree head after
 * them. The signature covers the last entry's hash (and so, through the chain, every entry before it), the new
 * tree size and root, and the consistency proof from the previous batch's tree head.
 *
 * @param number 0-based batch number
 * @param privates the owner-only part of entries by seq (declared items and salts), never shown to others
 */
public record Batch(long number, Party party, List<Entry> entries, Map<Long, Fields> privates, long treeSize,
        byte[] root, Instant time, ConsistencyProof consistency, byte[] signature) {

    public Batch {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(consistency, "consistency");
        entries = List.copyOf(entries);
        privates = Collections.unmodifiableMap(new TreeMap<>(privates));
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a batch has at least one entry");
        }
        root = root.clone();
        signature = signature.clone();
    }

    @Override
    public byte[] root() {
        return root.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public long firstSeq() {
        return entries.get(0).seq();
    }

    public long lastSeq() {
        return entries.get(entries.size() - 1).seq();
    }

    /** The bytes the party signs. */
    public static byte[] signedBytes(long number, Party party, long firstSeq, int count, byte[] lastHash,
            long treeSize, byte[] root, Instant time, ConsistencyProof consistency) {
        return ("treatylab-ledger-batch/v1\n" + number + "\n" + party.code() + "\n" + firstSeq + "\n" + count + "\n"
                + Hex.of(lastHash) + "\n" + treeSize + "\n" + Hex.of(root) + "\n" + time + "\n"
                + consistency.oldSize() + "\n" + String.join(",", consistency.hexPath()) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public byte[] signedBytes() {
        return signedBytes(number, party, firstSeq(), entries.size(), entries.get(entries.size() - 1).hash(),
                treeSize, root, time, consistency);
    }

    /** Signs and assembles a batch. */
    public static Batch sign(long number, Party party, List<Entry> entries, Map<Long, Fields> privates, long treeSize,
            byte[] root, Instant time, ConsistencyProof consistency, PrivateKey key) {
        byte[] sig = Ed25519.sign(key, signedBytes(number, party, entries.get(0).seq(), entries.size(),
                entries.get(entries.size() - 1).hash(), treeSize, root, time, consistency));
        return new Batch(number, party, new ArrayList<>(entries), privates, treeSize, root, time, consistency, sig);
    }

    /** @throws VerificationException when the signature does not verify under the party's registered key */
    public void verifySignature(PublicKey registered) {
        if (!Ed25519.verify(registered, signedBytes(), signature)) {
            throw new VerificationException("batch " + number + " (entries " + firstSeq() + ".." + lastSeq()
                    + "): signature does not verify under " + party + "'s registered key");
        }
    }
}
