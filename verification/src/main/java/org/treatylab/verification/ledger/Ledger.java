package org.treatylab.verification.ledger;

import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.treatylab.domain.Party;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.merkle.ConsistencyProof;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.InclusionProof;
import org.treatylab.verification.merkle.MerkleTree;
import org.treatylab.verification.signing.Ed25519;

/**
 * The append-only ledger: an RFC 9162 log of entries, hash-chained, written in batches that the owning party signs.
 *
 * <p>It keeps the log's state in memory — the Merkle tree, the last hash, the parties' registered keys (from their
 * registration entries), the nonces used, and whatever a {@link Listener} derives from the entries — rebuilt from the
 * store on open and checked against the last signed batch, so that a write costs O(log n) hashing per entry, however
 * long the ledger. A write is prepared under the ledger's lock (its entries built on the in-memory head and applied
 * to the state) and then committed: the first waiting writer signs every write prepared so far — consecutive writes
 * of one party as one batch, one signature — and commits them in one durable transaction (group commit). When a
 * commit fails, every write prepared after it fails too and the state is rebuilt from the store; when another process
 * has written, the state catches up from the store before the next write.
 */
public final class Ledger {
    private final LedgerStore store;
    private final Clock clock;
    private final ReentrantLock committing = new ReentrantLock();
    private final List<Ticket> pending = new ArrayList<>();
    private final Map<String, Long> nonces = new HashMap<>();
    private final Map<Party, PublicKey> keys = new HashMap<>();
    private MerkleTree tree = new MerkleTree();
    private byte[] lastHash = Entry.GENESIS;
    private final Map<Party, byte[]> checkedKeys = new HashMap<>();
    private long nextBatch;
    private int unacknowledged;
    private Listener listener;

    /** Derives state from the entries, in ledger order (the regime's current items, for example). */
    public interface Listener {
        /** Forgets everything: the ledger is read again from its first entry. */
        void reset();

        /** @param privatePart the entry's owner-only part as stored (every party's: the ledger is the store's owner) */
        void apply(Entry entry, Optional<Fields> privatePart);
    }

    private Ledger(LedgerStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Opens the ledger kept in {@code store}, reading every entry once.
     *
     * @throws BrokenEntryException when the stored log does not match its last signed batch
     */
    public static Ledger open(LedgerStore store, Clock clock) {
        Ledger l = new Ledger(store, clock);
        synchronized (l) {
            l.rebuild();
        }
        return l;
    }

    /** {@link #open(LedgerStore, Clock)} with a listener that sees every entry from the first (one read of the log). */
    public static Ledger open(LedgerStore store, Clock clock, Listener listener) {
        Ledger l = new Ledger(store, clock);
        synchronized (l) {
            l.listener = Objects.requireNonNull(listener, "listener");
            l.rebuild();
        }
        return l;
    }

    /** Attaches the listener and reads the ledger again from its start so that it sees every entry. */
    public synchronized void attach(Listener l) {
        if (unacknowledged > 0) {
            throw new IllegalStateException("attach a listener before writing");
        }
        this.listener = Objects.requireNonNull(l, "listener");
        rebuild();
    }

    /** One entry to write: its kind, public payload and owner-only part (or null). */
    public record Draft(EntryKind kind, Fields payload, Fields privatePart) {
        public Draft {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(payload, "payload");
            if (kind.hasPrivatePart() != (privatePart != null)) {
                throw new IllegalArgumentException("a " + kind.label() + " entry " + (kind.hasPrivatePart()
                        ? "needs" : "has no") + " private part");
            }
        }
    }

    /**
     * A prepared write waiting for its commit: its entries (already in the in-memory tree and state) and, once
     * committed, the signed batch that holds them (concurrent writes of one party share a batch).
     */
    public static final class Ticket {
        private final Party party;
        private final PrivateKey key;
        private final List<Entry> entries;
        private final Map<Long, Fields> privates;
        private Batch batch;
        private boolean done;
        private RuntimeException failure;

        Ticket(Party party, PrivateKey key, List<Entry> entries, Map<Long, Fields> privates) {
            this.party = party;
            this.key = key;
            this.entries = List.copyOf(entries);
            this.privates = Map.copyOf(privates);
        }

        public long firstSeq() {
            return entries.get(0).seq();
        }

        public long lastSeq() {
            return entries.get(entries.size() - 1).seq();
        }

        /** The signed batch that holds this write (after {@link #commit}). */
        public synchronized Batch batch() {
            if (batch == null) {
                throw new IllegalStateException("not committed yet");
            }
            return batch;
        }

        boolean registration() {
            return entries.get(0).kind() == EntryKind.REGISTRATION;
        }

        synchronized boolean done() {
            return done;
        }

        synchronized void finish(Batch b, RuntimeException f) {
            done = true;
            batch = b;
            failure = f;
        }

        synchronized void rethrow() {
            if (failure != null) {
                throw failure;
            }
        }
    }

    private void rebuild() {
        tree = new MerkleTree();
        lastHash = Entry.GENESIS;
        nextBatch = 0;
        nonces.clear();
        checkedKeys.clear();
        keys.clear();
        if (listener != null) {
            listener.reset();
        }
        catchUp();
        checkSignedHead();
    }

    /** Reads the entries written since the in-memory head (by another process, or all of them on open). */
    private void catchUp() {
        PrivateCursor privates = new PrivateCursor(store, tree.size());
        store.scan(tree.size(), e -> {
            if (e.seq() != tree.size()) {
                throw new BrokenEntryException(tree.size(), "missing (found entry " + e.seq() + " next)");
            }
            Optional<PrivateRow> row = privates.take(e.seq(), r -> { });
            try {
                Seals.checkBinding(e, row.map(PrivateRow::payload));
                absorb(e, row.map(r -> Fields.decode(r.payload())));
            } catch (RuntimeException x) {
                throw x instanceof BrokenEntryException b ? b : new BrokenEntryException(e.seq(), x.getMessage());
            }
        });
        LedgerHead head = store.head();
        if (head.size() != tree.size() || !MessageDigest.isEqual(head.lastHash(), lastHash)
                || !MessageDigest.isEqual(head.root(), tree.root())) {
            throw new BrokenEntryException(tree.size(), "signed head: the store's last batch (size " + head.size()
                    + ", root " + Hex.of(head.root()) + ") does not match the entries read (size " + tree.size()
                    + ", root " + Hex.of(tree.root()) + ")");
        }
        nextBatch = head.batches();
    }

    /** The last batch's signature verifies under its party's registered key over the tree rebuilt from the log. */
    private void checkSignedHead() {
        List<BatchHeader> all = store.batches();
        if (all.isEmpty()) {
            return;
        }
        BatchHeader b = all.get(all.size() - 1);
        PublicKey key = keys.get(b.party());
        byte[] signed = Batch.signedBytes(b.number(), b.party(), b.firstSeq(), (int) (b.lastSeq() - b.firstSeq() + 1),
                lastHash, b.treeSize(), b.root(), b.time(), b.consistency());
        if (key == null || !Ed25519.verify(key, signed, b.signature())) {
            throw new BrokenEntryException(b.firstSeq(), "signed head: batch " + b.number() + "'s signature does not "
                    + "verify under " + b.party() + "'s registered key");
        }
    }

    private void absorb(Entry e, Optional<Fields> privatePart) {
        tree.appendLeafHash(e.leafHash());
        lastHash = e.hash();
        e.payload().get(Seals.NONCE).ifPresent(n -> nonces.putIfAbsent(nonceKey(e.party(), n), e.seq()));
        if (e.kind() == EntryKind.REGISTRATION) {
            keys.put(e.party(), Registrations.key(e));
        }
        if (listener != null) {
            listener.apply(e, privatePart);
        }
    }

    private static String nonceKey(Party p, String nonce) {
        return p.code() + " " + nonce;
    }

    /** The first entry written with {@code nonce} by {@code party} (committed or being committed), if any. */
    public synchronized Optional<Long> nonceEntry(Party party, String nonce) {
        return Optional.ofNullable(nonces.get(nonceKey(party, nonce)));
    }

    /** The key a party registered in the log, if it did. */
    public synchronized Optional<PublicKey> key(Party party) {
        return Optional.ofNullable(keys.get(party));
    }

    /**
     * Registers a party: a batch of one registration entry (its public key and token hash), signed with its key.
     *
     * @throws WriteRejectedException when the party is already registered
     */
    public Batch register(Party party, KeyPair pair, byte[] tokenHash) {
        Ticket t = prepare(party, pair.getPrivate(), Nonces.fresh(), List.of(new Draft(EntryKind.REGISTRATION,
                Registrations.payload(pair.getPublic(), tokenHash), null)));
        commit(t);
        return t.batch();
    }

    /** {@link #append(Party, PrivateKey, String, List)} with a fresh nonce (a write that is never sent twice). */
    public Batch append(Party party, PrivateKey key, List<Draft> drafts) {
        return append(party, key, Nonces.fresh(), drafts);
    }

    /**
     * Writes drafts as one signed batch of {@code party}'s entries, durably.
     *
     * @throws ReplayException when the party already wrote with {@code nonce} (nothing written)
     * @throws WriteRejectedException when the store rejects the batch (nothing written)
     */
    public Batch append(Party party, PrivateKey key, String nonce, List<Draft> drafts) {
        Ticket t = prepare(party, key, nonce, drafts);
        commit(t);
        return t.batch();
    }

    /**
     * Builds a write's entries on the in-memory head and applies them to the state; {@link #commit} signs and makes
     * them durable. Every entry carries the nonce; an entry with a private part carries its hash. The key must be the
     * party's registered one (checked once per key, by a signature over a probe).
     *
     * @throws ReplayException when the party already wrote with {@code nonce}
     * @throws WriteRejectedException when the party is not registered or the key is not its registered one
     */
    public synchronized Ticket prepare(Party party, PrivateKey key, String nonce, List<Draft> drafts) {
        if (drafts.isEmpty()) {
            throw new IllegalArgumentException("nothing to append");
        }
        Nonces.check(nonce);
        if (unacknowledged == 0 && store.head().size() != tree.size()) {
            catchUp();
        }
        Long original = nonces.get(nonceKey(party, nonce));
        if (original != null) {
            throw new ReplayException(party, nonce, original);
        }
        PublicKey registered = registeredKey(party, drafts);
        checkKey(party, key, registered, tree.size(), tree.size() + drafts.size() - 1);
        Instant now = clock.instant();
        Chained chained = chain(party, drafts, now, nonce);
        List<Entry> entries = chained.entries();
        Map<Long, Fields> privates = chained.privates();
        try {
            for (Entry e : entries) {
                absorb(e, Optional.ofNullable(privates.get(e.seq())));
            }
        } catch (RuntimeException x) {
            rebuild();
            throw x;
        }
        Ticket t = new Ticket(party, key, entries, privates);
        pending.add(t);
        unacknowledged++;
        return t;
    }

    /**
     * The exact bytes {@code party} signs for these drafts written at {@code time} as the next batch: what a party's
     * own client signs (see {@link #appendSigned}). Nothing changes; the bytes hold until another write moves the
     * head.
     *
     * @throws ReplayException when the party already wrote with {@code nonce}
     * @throws WriteRejectedException when the party is not registered (or, for a registration, already is)
     */
    public synchronized SigningRequest signingRequest(Party party, String nonce, Instant time, List<Draft> drafts) {
        Batch b = buildSigned(party, nonce, time, drafts, null);
        return new SigningRequest(b.signedBytes(), b.entries());
    }

    /**
     * What a party's client signs: the batch's signed bytes, and the entries they cover (whose canonical bytes hash to
     * the last hash in them), so that the client can check what it signs before it signs.
     */
    public record SigningRequest(byte[] bytes, List<Entry> entries) {
        public SigningRequest {
            bytes = bytes.clone();
            entries = List.copyOf(entries);
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /**
     * Writes drafts as one batch of its own signed by the party's own client: {@code signature} over the bytes
     * {@link #signingRequest} gave for the same party, nonce, time and drafts. Writes prepared before it are committed
     * first; it is checked against the registered key before anything changes, and committed alone (a client-signed
     * batch is never grouped: its signature covers its place in the log).
     *
     * @throws WriteRejectedException when the signature does not verify under the party's registered key (or the key
     *     its registration registers): a bad signature, another party's key, or a head that moved since the bytes
     *     were prepared (prepare them again); nothing is written
     */
    public Batch appendSigned(Party party, String nonce, Instant time, List<Draft> drafts, byte[] signature) {
        committing.lock();
        try {
            Batch b;
            while (true) {
                flush();
                synchronized (this) {
                    if (!pending.isEmpty()) {
                        continue;
                    }
                    b = buildSigned(party, nonce, time, drafts, signature.clone());
                    try {
                        for (Entry e : b.entries()) {
                            absorb(e, Optional.ofNullable(b.privates().get(e.seq())));
                        }
                    } catch (RuntimeException x) {
                        rebuild();
                        throw x;
                    }
                    unacknowledged++;
                    break;
                }
            }
            RuntimeException failure = null;
            try {
                store.append(List.of(b));
            } catch (ReplayException | WriteRejectedException e) {
                failure = e;
            } catch (VerificationException e) {
                failure = new WriteRejectedException(e.getMessage());
            } catch (RuntimeException e) {
                failure = e;
            }
            synchronized (this) {
                unacknowledged--;
                if (failure != null) {
                    List<Ticket> later = List.copyOf(pending);
                    pending.clear();
                    unacknowledged -= later.size();
                    RuntimeException cause = failure;
                    later.forEach(t -> t.finish(null, new WriteRejectedException("not written: a write committed "
                            + "before it was refused (" + cause.getMessage() + "); send it again")));
                    rebuild();
                    throw failure;
                }
                nextBatch++;
            }
            return b;
        } finally {
            committing.unlock();
        }
    }

    /** Builds the next batch of {@code party} on the in-memory head; the tree is left as it was. */
    private Batch buildSigned(Party party, String nonce, Instant time, List<Draft> drafts, byte[] signature) {
        if (drafts.isEmpty()) {
            throw new IllegalArgumentException("nothing to append");
        }
        Nonces.check(nonce);
        if (unacknowledged == 0 && store.head().size() != tree.size()) {
            catchUp();
        }
        Long original = nonces.get(nonceKey(party, nonce));
        if (original != null) {
            throw new ReplayException(party, nonce, original);
        }
        PublicKey registered = registeredKey(party, drafts);
        long number = nextBatch + pendingBatches();
        int oldSize = tree.size();
        Chained chained = chain(party, drafts, time, nonce);
        List<Entry> entries = chained.entries();
        Map<Long, Fields> privates = chained.privates();
        try {
            entries.forEach(e -> tree.appendLeafHash(e.leafHash()));
            Batch b = new Batch(number, party, entries, privates, tree.size(), tree.root(), time,
                    tree.consistencyProof(oldSize, tree.size()), signature == null ? new byte[64] : signature);
            if (signature != null) {
                try {
                    b.verifySignature(registered);
                } catch (VerificationException x) {
                    throw new WriteRejectedException(x.getMessage());
                }
            }
            return b;
        } finally {
            tree.truncate(oldSize);
        }
    }

    private static final byte[] PROBE = "treatylab-ledger-key-probe/v1".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** Whether {@code key} signs for {@code registered}: a probe signed once per key, remembered by its encoding. */
    private void checkKey(Party party, PrivateKey key, PublicKey registered, long first, long last) {
        byte[] encoded = key.getEncoded();
        byte[] known = checkedKeys.get(party);
        if (known != null && MessageDigest.isEqual(known, encoded)) {
            return;
        }
        if (!Ed25519.verify(registered, PROBE, Ed25519.sign(key, PROBE))) {
            throw new WriteRejectedException("batch " + (nextBatch + pendingBatches()) + " (entries " + first + ".."
                    + last + "): signature does not verify under " + party + "'s registered key");
        }
        checkedKeys.put(party, encoded);
    }

    private long pendingBatches() {
        long n = 0;
        Party last = null;
        for (Ticket t : pending) {
            if (t.registration() || !t.party.equals(last)) {
                n++;
            }
            last = t.registration() ? null : t.party;
        }
        return n;
    }

    private PublicKey registeredKey(Party party, List<Draft> drafts) {
        boolean registration = drafts.stream().anyMatch(d -> d.kind() == EntryKind.REGISTRATION);
        if (!registration) {
            PublicKey k = keys.get(party);
            if (k == null) {
                throw new WriteRejectedException("party " + party + " is not registered in this ledger");
            }
            return k;
        }
        if (drafts.size() != 1) {
            throw new IllegalArgumentException("a registration is a batch of its one entry");
        }
        if (keys.containsKey(party)) {
            throw new WriteRejectedException("party " + party + " is already registered");
        }
        try {
            return Ed25519.parsePublic(drafts.get(0).payload().require(Registrations.KEY));
        } catch (IllegalArgumentException e) {
            throw new WriteRejectedException("registration of " + party + ": " + e.getMessage());
        }
    }

    /**
     * Makes a prepared batch durable: the first waiting writer commits every batch prepared so far in one transaction,
     * the others find theirs done.
     *
     * @throws WriteRejectedException when the commit failed (nothing of it was written; the state is read again)
     */
    public void commit(Ticket t) {
        committing.lock();
        try {
            if (!t.done()) {
                flush();
            }
        } finally {
            committing.unlock();
        }
        t.rethrow();
    }

    private void flush() {
        List<Ticket> group;
        List<Batch> batches;
        synchronized (this) {
            group = List.copyOf(pending);
            pending.clear();
            batches = group.isEmpty() ? List.of() : sign(group);
        }
        if (group.isEmpty()) {
            return;
        }
        RuntimeException failure = null;
        try {
            store.append(batches);
        } catch (ReplayException | WriteRejectedException e) {
            failure = e;
        } catch (VerificationException e) {
            failure = new WriteRejectedException(e.getMessage());
        } catch (RuntimeException e) {
            failure = e;
        }
        synchronized (this) {
            unacknowledged -= group.size();
            if (failure == null) {
                nextBatch += batches.size();
                for (Ticket t : group) {
                    t.finish(batches.stream().filter(b -> b.firstSeq() <= t.firstSeq() && t.lastSeq() <= b.lastSeq())
                            .findFirst().orElseThrow(), null);
                }
                return;
            }
            List<Ticket> later = List.copyOf(pending);
            pending.clear();
            unacknowledged -= later.size();
            RuntimeException cause = failure;
            group.forEach(t -> t.finish(null, cause));
            later.forEach(t -> t.finish(null, new WriteRejectedException("not written: a write committed before it "
                    + "was refused (" + cause.getMessage() + "); send it again")));
            rebuild();
        }
    }

    /**
     * Signs the prepared writes as batches: consecutive writes of one party share a batch (one signature for all of
     * them), a registration is a batch of its own. Each batch's tree head and consistency proof come from the
     * in-memory tree at its size.
     */
    private List<Batch> sign(List<Ticket> group) {
        List<List<Ticket>> runs = new ArrayList<>();
        for (Ticket t : group) {
            List<Ticket> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last == null || t.registration() || last.get(0).registration() || !last.get(0).party.equals(t.party)) {
                runs.add(new ArrayList<>(List.of(t)));
            } else {
                last.add(t);
            }
        }
        List<Batch> out = new ArrayList<>(runs.size());
        long number = nextBatch;
        long oldSize = group.get(0).firstSeq();
        Instant now = clock.instant();
        for (List<Ticket> run : runs) {
            List<Entry> entries = new ArrayList<>();
            Map<Long, Fields> privates = new HashMap<>();
            for (Ticket t : run) {
                entries.addAll(t.entries);
                privates.putAll(t.privates);
            }
            long size = entries.get(entries.size() - 1).seq() + 1;
            out.add(Batch.sign(number++, run.get(0).party, entries, privates, size, tree.root(size), now,
                    tree.consistencyProof(oldSize, size), run.get(0).key));
            oldSize = size;
        }
        return out;
    }

    public synchronized long size() {
        return tree.size();
    }

    public synchronized byte[] root() {
        return tree.root();
    }

    /** The root of the tree of the first {@code treeSize} entries. */
    public synchronized byte[] root(long treeSize) {
        return tree.root(treeSize);
    }

    /** Inclusion proof of entry {@code seq} in the tree of the first {@code treeSize} entries. */
    public synchronized InclusionProof inclusionProof(long seq, long treeSize) {
        return tree.inclusionProof(seq, treeSize);
    }

    public synchronized ConsistencyProof consistencyProof(long oldSize, long newSize) {
        return tree.consistencyProof(oldSize, newSize);
    }

    public LedgerStore store() {
        return store;
    }

    /** Drafts chained after the last entry, from the next sequence number: the entries and their private parts. */
    private record Chained(List<Entry> entries, Map<Long, Fields> privates) {
    }

    private Chained chain(Party party, List<Draft> drafts, Instant time, String nonce) {
        List<Entry> entries = new ArrayList<>(drafts.size());
        Map<Long, Fields> privates = new HashMap<>();
        byte[] prev = lastHash;
        long seq = tree.size();
        for (Draft d : drafts) {
            Entry e = Entry.create(seq, party, d.kind(), time, prev, Seals.seal(d.payload(), d.privatePart(), nonce));
            entries.add(e);
            if (d.privatePart() != null) {
                privates.put(seq, d.privatePart());
            }
            prev = e.hash();
            seq++;
        }
        return new Chained(entries, privates);
    }
}
