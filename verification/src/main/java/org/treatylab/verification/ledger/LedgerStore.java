package org.treatylab.verification.ledger;

import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import org.treatylab.domain.Party;

/**
 * The port through which the ledger is kept: implemented by the {@code store} module (SQLite, PostgreSQL).
 *
 * <p>An implementation writes a batch atomically and durably, or not at all: {@link #append} first runs
 * {@link BatchChecks#check} against the stored head and the party's registered key inside its transaction.
 */
public interface LedgerStore extends AutoCloseable {

    /** Registers a party's public key and the SHA-256 of its API token; a party registers once. */
    void registerParty(Party party, PublicKey key, byte[] tokenHash);

    Optional<PublicKey> publicKey(Party party);

    /** Registered parties in code order. */
    List<Party> parties();

    /** The party whose API token hashes to {@code tokenHash}, if any. */
    Optional<Party> partyForTokenHash(byte[] tokenHash);

    LedgerHead head();

    /**
     * Writes a batch, its entries and their private parts in one durable transaction.
     *
     * @throws org.treatylab.verification.VerificationException when the batch is rejected; nothing is written
     */
    void append(Batch batch);

    /** Public entries with {@code from <= seq}, in seq order, at most {@code limit}. */
    List<Entry> entries(long from, int limit);

    /** Every batch's header (entries left out: read them with {@link #entries}), in order. */
    List<BatchHeader> batches();

    /** The private part of entry {@code seq} if {@code reader} owns it; other parties never see it. */
    Optional<Fields> privatePart(long seq, Party reader);

    @Override
    void close();
}
