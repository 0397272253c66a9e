package org.treatylab.verification.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import org.treatylab.domain.Party;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.MerkleHashes;
import org.treatylab.verification.merkle.Sha256;

/**
 * One ledger entry: its place ({@code seq}, from 0), owner, kind, time, the hash of the entry before it, its public
 * payload and its own hash. The hash is SHA-256 of {@link #canonicalBytes()}, which include the previous hash, so
 * the entries form a hash chain; the same bytes are the entry's leaf in the ledger's Merkle tree.
 */
public record Entry(long seq, Party party, EntryKind kind, Instant time, byte[] prevHash, Fields payload, byte[] hash) {
    /** The previous hash of entry 0. */
    public static final byte[] GENESIS = new byte[Sha256.LENGTH];

    public Entry {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(payload, "payload");
        if (seq < 0) {
            throw new IllegalArgumentException("seq must not be negative, got " + seq);
        }
        prevHash = prevHash.clone();
        hash = hash.clone();
    }

    /** A new entry with its hash computed. */
    public static Entry create(long seq, Party party, EntryKind kind, Instant time, byte[] prevHash, Fields payload) {
        Entry draft = new Entry(seq, party, kind, time, prevHash, payload, GENESIS);
        return new Entry(seq, party, kind, time, prevHash, payload, Sha256.hash(draft.canonicalBytes()));
    }

    @Override
    public byte[] prevHash() {
        return prevHash.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    public byte[] canonicalBytes() {
        return ("treatylab-ledger-entry/v1\n" + seq + "\n" + party.code() + "\n" + kind.label() + "\n" + time + "\n"
                + Hex.of(prevHash) + "\n" + payload.encode()).getBytes(StandardCharsets.UTF_8);
    }

    /** The RFC 9162 leaf hash of this entry in the ledger tree. */
    public byte[] leafHash() {
        return MerkleHashes.leaf(canonicalBytes());
    }

    /** @throws VerificationException "hash: computed X, expected Y" when the stored hash is not the entry's */
    public void checkHash() {
        byte[] computed = Sha256.hash(canonicalBytes());
        if (!MessageDigest.isEqual(computed, hash)) {
            throw VerificationException.mismatch("hash", Hex.of(computed), Hex.of(hash));
        }
    }
}
