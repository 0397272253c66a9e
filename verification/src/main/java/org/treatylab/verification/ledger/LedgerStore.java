package org.treatylab.verification.ledger;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.treatylab.domain.Party;

/**
 * The port through which the ledger is kept: implemented by the {@code store} module (SQLite, PostgreSQL).
 *
 * <p>An implementation writes a batch atomically and durably, or not at all: {@link #append} first runs
 * {@link BatchChecks#check} against the stored head and the party's registered key inside its transaction.
 */
public interface LedgerStore extends AutoCloseable {

    /** The key registered for a party (from the parties table, which a registration batch writes). */
    Optional<PublicKey> publicKey(Party party);

    /** The parties table as stored, in code order: what a verifier compares with the registration entries. */
    List<PartyRow> partyRows();

    /** Registered parties in code order. */
    List<Party> parties();

    /** The party whose API token hashes to {@code tokenHash}, if any. */
    Optional<Party> partyForTokenHash(byte[] tokenHash);

    LedgerHead head();

    /**
     * Writes batches, their entries and their private parts in one durable transaction: all of them, or none. A batch
     * whose only entry is a {@link EntryKind#REGISTRATION} registers its party (the parties table row is written from
     * the entry, and the batch is checked under the key it registers).
     *
     * @throws org.treatylab.verification.VerificationException when a batch is rejected; nothing is written
     */
    void append(List<Batch> batches);

    /** {@link #append(List)} of one batch. */
    default void append(Batch batch) {
        append(List.of(batch));
    }

    /** Public entries with {@code from <= seq}, in seq order, at most {@code limit}. */
    List<Entry> entries(long from, int limit);

    /** How many entries {@link #scan} reads at a time. */
    int PAGE = 10_000;

    /**
     * Hands every public entry with {@code from <= seq <= to} to {@code each}, in seq order, reading a page of
     * {@link #PAGE} entries at a time (the one paging loop over the ledger). A gap in the stored seqs is passed on
     * as it is: callers that must see every seq check the seqs they are given.
     */
    default void scan(long from, long to, Consumer<Entry> each) {
        long next = from;
        while (next <= to) {
            long left = to - next; // entries wanted after this one; no overflow for 0 <= next <= to
            List<Entry> page = entries(next, left >= PAGE ? PAGE : (int) left + 1);
            if (page.isEmpty()) {
                return;
            }
            page.forEach(each);
            next = page.get(page.size() - 1).seq() + 1;
        }
    }

    /** {@link #scan(long, long, Consumer)} to the end of the ledger. */
    default void scan(long from, Consumer<Entry> each) {
        scan(from, Long.MAX_VALUE, each);
    }

    /**
     * The public entries of one party (or of every party when {@code party} is null) whose kind is one of
     * {@code kinds}, in seq order. A store may answer from an index; this default scans.
     */
    default List<Entry> entries(Party party, Set<EntryKind> kinds) {
        List<Entry> out = new ArrayList<>();
        scan(0, e -> {
            if ((party == null || e.party().equals(party)) && kinds.contains(e.kind())) {
                out.add(e);
            }
        });
        return out;
    }

    /** Every batch's header (entries left out: read them with {@link #entries}), in order. */
    List<BatchHeader> batches();

    /**
     * The private part of entry {@code seq} if {@code reader} owns it; other parties never see it.
     *
     * @throws BrokenEntryException naming the entry when the stored part does not decode
     */
    Optional<Fields> privatePart(long seq, Party reader);

    /** Every party's private parts as stored with {@code from <= seq}, in seq order, at most {@code limit}: the owner's view. */
    List<PrivateRow> privateParts(long from, int limit);

    /** The first entry written with {@code nonce} by {@code party}, if any: a write carrying it again is a replay. */
    Optional<Long> nonceEntry(Party party, String nonce);

    /** The nonces table as stored (one row per batch: its party, nonce and first entry), in entry order. */
    List<NonceRow> nonces();

    /**
     * The batch number each stored entry row names, for entries with {@code from <= seq}, in seq order, at most
     * {@code limit}: a verifier checks it against the batches' signed ranges.
     */
    List<EntryLink> entryLinks(long from, int limit);

    @Override
    void close();
}
