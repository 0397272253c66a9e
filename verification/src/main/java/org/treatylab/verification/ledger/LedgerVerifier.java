package org.treatylab.verification.ledger;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.Party;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.MerkleTree;
import org.treatylab.verification.merkle.ProofVerifier;
import org.treatylab.verification.signing.Ed25519;

/**
 * Recomputes a whole ledger from its store and stops at the first broken entry, naming it and the check that failed:
 * every entry's hash and chain link, the batch its row names, its nonce (each write's unique per party, and the
 * store's nonces table equal to the log's), its private part (required when its kind has one, stored under its party, bound by hash),
 * every batch's tree root, signature and consistency proof, the parties table against the signed registration
 * entries (the keys used are the log's, never the table's), and the meaning of each entry through an
 * {@link EntryCheck}.
 *
 * <p>With full access (no reader) every private part is checked; a party's reader sees only its own, and the report
 * says what it could not check.
 */
public final class LedgerVerifier {
    private final LedgerStore store;
    private final EntryCheck check;
    private final Party reader;
    private final Map<Party, PublicKey> keys = new HashMap<>();
    private final Map<String, PartyRow> partyRows = new TreeMap<>();
    private final Map<String, NonceRow> nonceRows = new LinkedHashMap<>();
    private final Map<String, Long> noncesSeen = new HashMap<>();
    private final Map<Party, Long> unchecked = new TreeMap<>(java.util.Comparator.comparing(Party::code));
    private final PrivateCursor privates;
    private final ArrayDeque<EntryLink> links = new ArrayDeque<>();
    private long nextLink;
    private final MerkleTree tree = new MerkleTree();

    private LedgerVerifier(LedgerStore store, EntryCheck check, Party reader) {
        this.store = store;
        this.check = check;
        this.reader = reader;
        this.privates = reader == null ? new PrivateCursor(store, 0) : null;
    }

    /**
     * @param reader the party whose private parts are visible, or null to read every party's (the store's owner)
     * @throws BrokenEntryException naming the first entry that does not hold and the check that failed
     * @throws VerificationException (CONFLICT) when a row outside every entry does not hold (a parties or nonces row)
     */
    public static LedgerReport verify(LedgerStore store, EntryCheck check, Party reader) {
        try {
            return new LedgerVerifier(store, check, reader).run();
        } catch (VerificationException e) {
            throw e instanceof BrokenEntryException || e.kind() == ErrorKind.CONFLICT ? e
                    : new VerificationException(ErrorKind.CONFLICT, e.getMessage());
        } catch (RuntimeException e) {
            throw new VerificationException(ErrorKind.CONFLICT, "the stored ledger cannot be read: " + plain(e));
        }
    }

    /** An exception's first line without the class names a database driver puts in it. */
    static String plain(Throwable e) {
        String m = e.getMessage() == null ? "a row that does not read" : e.getMessage();
        m = m.strip().lines().findFirst().orElse("");
        return m.replaceAll("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): ?", "").replaceAll("\\[SQLITE_", "[");
    }

    private static BrokenEntryException broken(long seq, String check, String detail) {
        return new BrokenEntryException(seq, check + ": " + detail);
    }

    private LedgerReport run() {
        store.partyRows().forEach(r -> partyRows.put(r.code(), r));
        for (NonceRow r : store.nonces()) {
            if (nonceRows.put(r.party() + " " + r.nonce(), r) != null) {
                throw broken(r.seq(), "nonces table", "nonce '" + r.nonce() + "' of " + r.party() + " stored twice");
            }
        }
        byte[] prev = Entry.GENESIS;
        byte[] prevRoot = tree.root();
        long expected = 0;
        List<BatchHeader> batches = store.batches();
        for (BatchHeader b : batches) {
            if (b.firstSeq() != expected || b.lastSeq() < b.firstSeq()) {
                throw broken(expected, "batch " + b.number(), "starts at entry " + b.firstSeq() + ", expected "
                        + expected);
            }
            List<Entry> mine = new ArrayList<>();
            byte[][] last = {prev};
            long[] next = {expected};
            store.scan(b.firstSeq(), b.lastSeq(), e -> {
                if (e.seq() != next[0]) {
                    throw broken(next[0], "chain", "missing (found entry " + e.seq() + " next)");
                }
                checkEntry(e, b, last[0]);
                if (e.kind() != EntryKind.REGISTRATION) {
                    meaning(e);
                }
                mine.add(e);
                tree.appendLeafHash(e.leafHash());
                last[0] = e.hash();
                next[0]++;
            });
            expected = next[0];
            if (expected <= b.lastSeq()) {
                throw broken(expected, "chain", "missing (batch " + b.number() + " covers " + b.firstSeq() + ".."
                        + b.lastSeq() + ")");
            }
            PublicKey key = batchKey(b, mine);
            checkHead(b, prevRoot, key, last[0]);
            checkNonce(b, mine);
            parts.clear();
            prev = last[0];
            prevRoot = b.root();
        }
        List<Entry> extra = store.entries(expected, 1);
        if (!extra.isEmpty()) {
            throw broken(extra.get(0).seq(), "batch", "not covered by any signed batch");
        }
        if (privates != null) {
            privates.rest(r -> {
                throw broken(r.seq(), "private part", "stored for no entry");
            });
        }
        if (!partyRows.isEmpty()) {
            throw new VerificationException(ErrorKind.CONFLICT, "parties table: row '" + partyRows.keySet().iterator()
                    .next() + "' has no registration entry in the log");
        }
        if (!nonceRows.isEmpty()) {
            NonceRow r = nonceRows.values().iterator().next();
            throw new VerificationException(ErrorKind.CONFLICT, "nonces table: nonce '" + r.nonce() + "' of "
                    + r.party() + " (entry " + r.seq() + ") was written by no batch");
        }
        List<String> notChecked = new ArrayList<>();
        unchecked.forEach((p, n) -> notChecked.add(n + " private parts of " + p + " (not visible to " + reader
                + "): their commitments, item replays and snapshot contents"));
        return new LedgerReport(expected, batches.size(), Hex.of(tree.root()), notChecked);
    }

    private final Map<Long, Optional<Fields>> parts = new HashMap<>();

    private void checkEntry(Entry e, BatchHeader b, byte[] prev) {
        long seq = e.seq();
        try {
            e.checkHash();
        } catch (VerificationException x) {
            throw broken(seq, "entry hash", x.getMessage());
        }
        if (!MessageDigest.isEqual(e.prevHash(), prev)) {
            throw broken(seq, "chain", "previous hash: computed " + Hex.of(e.prevHash()) + ", expected " + Hex.of(prev));
        }
        if (!e.party().equals(b.party())) {
            throw broken(seq, "batch", "written by " + e.party() + " inside batch " + b.number() + " of " + b.party());
        }
        long linked = link(seq);
        if (linked != b.number()) {
            throw broken(seq, "batch", "the entry row names batch " + linked + ", the signed batch covering it is "
                    + b.number());
        }
        parts.put(seq, privatePart(e));
    }

    private long link(long seq) {
        while (true) {
            if (links.isEmpty()) {
                List<EntryLink> page = store.entryLinks(nextLink, LedgerStore.PAGE);
                if (page.isEmpty()) {
                    throw broken(seq, "batch", "the entry row names no batch");
                }
                links.addAll(page);
                nextLink = page.get(page.size() - 1).seq() + 1;
            }
            EntryLink l = links.poll();
            if (l.seq() == seq) {
                return l.batch();
            }
            if (l.seq() > seq) {
                throw broken(seq, "batch", "the entry row names no batch");
            }
        }
    }

    private Optional<Fields> privatePart(Entry e) {
        long seq = e.seq();
        try {
            if (privates != null) {
                Optional<PrivateRow> row = privates.take(seq, r -> {
                    throw broken(r.seq(), "private part", "stored for no entry");
                });
                if (row.isPresent() && !row.get().party().equals(e.party().code())) {
                    throw broken(seq, "private part", "stored under party '" + row.get().party() + "', the entry is "
                            + e.party() + "'s");
                }
                Seals.checkBinding(e, row.map(PrivateRow::payload));
                return row.map(r -> Fields.decode(r.payload()));
            }
            if (!e.party().equals(reader)) {
                if (e.kind().hasPrivatePart()) {
                    unchecked.merge(e.party(), 1L, Long::sum);
                }
                return Optional.empty();
            }
            Optional<Fields> mine = store.privatePart(seq, reader);
            Seals.checkBinding(e, mine.map(Fields::encode));
            return mine;
        } catch (BrokenEntryException x) {
            throw x;
        } catch (VerificationException x) {
            throw new BrokenEntryException(seq, x.getMessage());
        } catch (RuntimeException x) {
            throw broken(seq, "private part", x.getMessage());
        }
    }

    private PublicKey batchKey(BatchHeader b, List<Entry> entries) {
        Optional<Entry> reg = entries.stream().filter(e -> e.kind() == EntryKind.REGISTRATION).findFirst();
        if (reg.isEmpty()) {
            PublicKey key = keys.get(b.party());
            if (key == null) {
                throw broken(b.firstSeq(), "registration", "batch " + b.number() + " is by " + b.party()
                        + ", who has no registration entry before it");
            }
            return key;
        }
        Entry r = reg.get();
        try {
            if (entries.size() != 1) {
                throw new VerificationException("a registration is a batch of its one entry, batch " + b.number()
                        + " has " + entries.size());
            }
            if (keys.containsKey(r.party())) {
                throw new VerificationException(r.party() + " is registered twice");
            }
            PartyRow expected = Registrations.row(r);
            PartyRow stored = partyRows.remove(r.party().code());
            if (stored == null) {
                throw new VerificationException("the parties table has no row for " + r.party());
            }
            compare("public_key", stored.publicKey(), expected.publicKey());
            compare("token_hash", stored.tokenSha256(), expected.tokenSha256());
            compare("registered_at", stored.registeredAt(), expected.registeredAt());
            PublicKey key = Registrations.key(r);
            keys.put(r.party(), key);
            return key;
        } catch (BrokenEntryException x) {
            throw x;
        } catch (RuntimeException x) {
            throw broken(r.seq(), "registration", x.getMessage());
        }
    }

    private static void compare(String column, String stored, String signed) {
        if (!stored.equals(signed)) {
            throw new VerificationException("parties table: " + column + " '" + abbreviate(stored)
                    + "' differs from the signed registration's '" + abbreviate(signed) + "'");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 24 ? s.substring(0, 24) + "..." : s;
    }

    private void checkNonce(BatchHeader b, List<Entry> entries) {
        List<Seals.Write> writes;
        try {
            writes = Seals.writes(entries);
        } catch (VerificationException x) {
            throw new BrokenEntryException(b.firstSeq(), x.getMessage());
        }
        for (Seals.Write w : writes) {
            String k = b.party().code() + " " + w.nonce();
            Long first = noncesSeen.putIfAbsent(k, w.firstSeq());
            if (first != null) {
                throw broken(w.firstSeq(), "nonce", "replay: nonce '" + w.nonce() + "' of " + b.party()
                        + " was already written in entry " + first);
            }
            NonceRow row = nonceRows.remove(k);
            if (row == null) {
                throw broken(w.firstSeq(), "nonces table", "no row for nonce '" + w.nonce() + "' of " + b.party()
                        + ": its replay would not be refused");
            }
            if (row.seq() != w.firstSeq()) {
                throw broken(w.firstSeq(), "nonces table", "the row for nonce '" + w.nonce() + "' names entry "
                        + row.seq() + ", expected " + w.firstSeq());
            }
        }
    }

    private void meaning(Entry e) {
        try {
            check.check(e, parts.remove(e.seq()), keys::get);
        } catch (BrokenEntryException x) {
            throw x;
        } catch (RuntimeException x) {
            throw new BrokenEntryException(e.seq(), x instanceof VerificationException ? x.getMessage()
                    : "meaning: " + x.getMessage());
        }
    }

    private void checkHead(BatchHeader b, byte[] prevRoot, PublicKey key, byte[] lastHash) {
        String where = "batch " + b.number() + " (entries " + b.firstSeq() + ".." + b.lastSeq() + "): ";
        try {
            if (b.treeSize() != tree.size()) {
                throw VerificationException.mismatch("tree size", Long.toString(tree.size()), Long.toString(b.treeSize()));
            }
            byte[] root = tree.root();
            if (!MessageDigest.isEqual(root, b.root())) {
                throw VerificationException.mismatch("root", Hex.of(root), Hex.of(b.root()));
            }
            byte[] signed = Batch.signedBytes(b.number(), b.party(), b.firstSeq(), (int) (b.lastSeq() - b.firstSeq() + 1),
                    lastHash, b.treeSize(), b.root(), b.time(), b.consistency());
            if (!Ed25519.verify(key, signed, b.signature())) {
                throw new VerificationException("signature does not verify under " + b.party() + "'s registered key");
            }
            ProofVerifier.verifyConsistency(b.consistency(), prevRoot, b.root());
        } catch (VerificationException x) {
            throw new BrokenEntryException(b.firstSeq(), where + x.getMessage());
        }
    }
}
