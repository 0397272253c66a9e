package org.treatylab.store;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.treatylab.domain.Party;
import org.treatylab.domain.treaty.TreatyDrafts;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.ledger.Batch;
import org.treatylab.verification.ledger.BatchChecks;
import org.treatylab.verification.ledger.BatchHeader;
import org.treatylab.verification.ledger.BrokenEntryException;
import org.treatylab.verification.ledger.Entry;
import org.treatylab.verification.ledger.EntryKind;
import org.treatylab.verification.ledger.EntryLink;
import org.treatylab.verification.ledger.NonceRow;
import org.treatylab.verification.ledger.PartyRow;
import org.treatylab.verification.ledger.PrivateRow;
import org.treatylab.verification.ledger.Registrations;
import org.treatylab.verification.ledger.ReplayException;
import org.treatylab.verification.ledger.Seals;
import org.treatylab.verification.ledger.Fields;
import org.treatylab.verification.ledger.LedgerHead;
import org.treatylab.verification.ledger.LedgerStore;
import org.treatylab.verification.merkle.ConsistencyProof;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.signing.Ed25519;

/**
 * The ledger kept in a relational database through one connection. A batch is checked and written in one
 * transaction that holds the write lock (SQLite {@code BEGIN IMMEDIATE}; a table lock on PostgreSQL), so a
 * rejected or interrupted batch leaves nothing behind and two writers cannot both extend the same head.
 */
public final class JdbcLedgerStore implements LedgerStore {
    private final Handle handle;
    private final boolean postgres;

    JdbcLedgerStore(String url, Properties props) {
        Jdbi jdbi = Jdbi.create(url, props);
        this.handle = jdbi.open();
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    @Override
    public synchronized Optional<PublicKey> publicKey(Party party) {
        return handle.createQuery("SELECT public_key FROM parties WHERE code = :c").bind("c", party.code())
                .mapTo(String.class).findOne().map(Ed25519::parsePublic);
    }

    @Override
    public synchronized List<Party> parties() {
        return handle.createQuery("SELECT code FROM parties ORDER BY code").mapTo(String.class).list().stream()
                .map(Party::parse).toList();
    }

    @Override
    public synchronized Optional<Party> partyForTokenHash(byte[] tokenHash) {
        return handle.createQuery("SELECT code FROM parties WHERE token_hash = :t").bind("t", Hex.of(tokenHash))
                .mapTo(String.class).findOne().map(Party::parse);
    }

    @Override
    public synchronized LedgerHead head() {
        return head(handle);
    }

    private static LedgerHead head(Handle h) {
        Optional<BatchHeader> last = h.createQuery(BATCH_SELECT + " ORDER BY number DESC LIMIT 1")
                .map((rs, ctx) -> batch(rs)).findOne();
        if (last.isEmpty()) {
            return LedgerHead.empty();
        }
        String lastHash = h.createQuery("SELECT hash FROM entries WHERE seq = :s").bind("s", last.get().lastSeq())
                .mapTo(String.class).findOne().orElseThrow(() -> new VerificationException("entry "
                        + last.get().lastSeq() + " of batch " + last.get().number() + " is missing"));
        try {
            return new LedgerHead(last.get().lastSeq() + 1, Hex.parseCanonical(lastHash), last.get().number() + 1,
                    last.get().root());
        } catch (IllegalArgumentException e) {
            throw new BrokenEntryException(last.get().lastSeq(), "entry hash: stored row does not parse: "
                    + e.getMessage());
        }
    }

    @Override
    public synchronized void append(List<Batch> group) {
        if (group.isEmpty()) {
            return;
        }
        handle.useTransaction(h -> {
            if (postgres) {
                h.execute("LOCK TABLE batches IN SHARE ROW EXCLUSIVE MODE");
            }
            LedgerHead head = head(h);
            Map<String, PublicKey> registered = new HashMap<>();
            Set<String> nonces = new HashSet<>();
            for (Batch batch : group) {
                String code = batch.party().code();
                PublicKey key = registered.containsKey(code) ? registered.get(code)
                        : h.createQuery("SELECT public_key FROM parties WHERE code = :c").bind("c", code)
                                .mapTo(String.class).findOne().map(Ed25519::parsePublic).orElse(null);
                BatchChecks.check(batch, key, head);
                for (Seals.Write w : Seals.writes(batch.entries())) {
                    Optional<Long> used = nonceEntry(h, batch.party(), w.nonce());
                    if (used.isPresent() || !nonces.add(code + " " + w.nonce())) {
                        throw new ReplayException(batch.party(), w.nonce(), used.orElse(w.firstSeq()));
                    }
                }
                Entry first = batch.entries().get(0);
                if (first.kind() == EntryKind.REGISTRATION) {
                    PartyRow row = Registrations.row(first);
                    h.createUpdate("INSERT INTO parties (code, public_key, token_hash, registered_at) VALUES (:c, :k, "
                            + ":t, :r)").bind("c", row.code()).bind("k", row.publicKey()).bind("t", row.tokenSha256())
                            .bind("r", row.registeredAt()).execute();
                    registered.put(code, Registrations.key(first));
                } else {
                    registered.put(code, key);
                }
                head = new LedgerHead(batch.lastSeq() + 1, batch.entries().get(batch.entries().size() - 1).hash(),
                        batch.number() + 1, batch.root());
            }
            insert(h, group);
        });
    }

    private static void insert(Handle h, List<Batch> group) {
        PreparedBatch batches = h.prepareBatch("INSERT INTO batches (number, party, first_seq, last_seq, tree_size, "
                + "root, created_at, consistency_old, consistency_path, signature) VALUES (:n, :p, :f, :l, :s, :r, :t, "
                + ":co, :cp, :sig)");
        PreparedBatch entries = h.prepareBatch("INSERT INTO entries (seq, batch, party, kind, created_at, "
                + "prev_hash, payload, hash) VALUES (:seq, :b, :p, :k, :t, :prev, :payload, :hash)");
        PreparedBatch priv = h.prepareBatch("INSERT INTO private_parts (seq, party, payload) VALUES (:s, :p, :x)");
        PreparedBatch nonces = h.prepareBatch("INSERT INTO nonces (party, nonce, seq) VALUES (:p, :n, :s)");
        int privates = 0;
        for (Batch batch : group) {
            batches.bind("n", batch.number()).bind("p", batch.party().code()).bind("f", batch.firstSeq())
                    .bind("l", batch.lastSeq()).bind("s", batch.treeSize()).bind("r", Hex.of(batch.root()))
                    .bind("t", batch.time().toString()).bind("co", batch.consistency().oldSize())
                    .bind("cp", String.join(",", batch.consistency().hexPath())).bind("sig", Hex.of(batch.signature()))
                    .add();
            for (Entry e : batch.entries()) {
                entries.bind("seq", e.seq()).bind("b", batch.number()).bind("p", e.party().code())
                        .bind("k", e.kind().label()).bind("t", e.time().toString()).bind("prev", Hex.of(e.prevHash()))
                        .bind("payload", e.payload().encode()).bind("hash", Hex.of(e.hash())).add();
            }
            for (Map.Entry<Long, Fields> p : batch.privates().entrySet()) {
                priv.bind("s", p.getKey()).bind("p", batch.party().code()).bind("x", p.getValue().encode()).add();
                privates++;
            }
            for (Seals.Write w : Seals.writes(batch.entries())) {
                nonces.bind("p", batch.party().code()).bind("n", w.nonce()).bind("s", w.firstSeq()).add();
            }
        }
        batches.execute();
        entries.execute();
        if (privates > 0) {
            priv.execute();
        }
        nonces.execute();
    }

    private static Optional<Long> nonceEntry(Handle h, Party party, String nonce) {
        return h.createQuery("SELECT seq FROM nonces WHERE party = :p AND nonce = :n").bind("p", party.code())
                .bind("n", nonce).mapTo(Long.class).findOne();
    }

    @Override
    public synchronized Optional<Long> nonceEntry(Party party, String nonce) {
        return nonceEntry(handle, party, nonce);
    }

    @Override
    public synchronized List<NonceRow> nonces() {
        return handle.createQuery("SELECT party, nonce, seq FROM nonces ORDER BY seq, party, nonce")
                .map((rs, ctx) -> new NonceRow(rs.getString("party"), rs.getString("nonce"), rs.getLong("seq"))).list();
    }

    @Override
    public synchronized List<EntryLink> entryLinks(long from, int limit) {
        return handle.createQuery("SELECT seq, batch FROM entries WHERE seq >= :f ORDER BY seq LIMIT :n")
                .bind("f", from).bind("n", limit)
                .map((rs, ctx) -> new EntryLink(rs.getLong("seq"), rs.getLong("batch"))).list();
    }

    @Override
    public synchronized List<PartyRow> partyRows() {
        return handle.createQuery("SELECT code, public_key, token_hash, registered_at FROM parties ORDER BY code")
                .map((rs, ctx) -> new PartyRow(rs.getString("code"), rs.getString("public_key"),
                        rs.getString("token_hash"), rs.getString("registered_at"))).list();
    }

    @Override
    public synchronized List<PrivateRow> privateParts(long from, int limit) {
        return handle.createQuery("SELECT seq, party, payload FROM private_parts WHERE seq >= :f ORDER BY seq LIMIT :n")
                .bind("f", from).bind("n", limit)
                .map((rs, ctx) -> new PrivateRow(rs.getLong("seq"), rs.getString("party"), rs.getString("payload")))
                .list();
    }

    @Override
    public synchronized List<Entry> entries(long from, int limit) {
        return handle.createQuery("SELECT seq, party, kind, created_at, prev_hash, payload, hash FROM entries "
                + "WHERE seq >= :f ORDER BY seq LIMIT :n").bind("f", from).bind("n", limit)
                .map((rs, ctx) -> entry(rs)).list();
    }

    /** A stored row as an entry; a row that no longer parses (e.g. tampered) is reported as that broken entry. */
    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        long seq = rs.getLong("seq");
        try {
            return new Entry(seq, Party.parse(rs.getString("party")), EntryKind.parse(rs.getString("kind")),
                    Instant.parse(rs.getString("created_at")), Hex.parseCanonical(rs.getString("prev_hash")),
                    Fields.decode(rs.getString("payload")), Hex.parseCanonical(rs.getString("hash")));
        } catch (RuntimeException e) {
            throw new BrokenEntryException(seq, "stored row does not parse: " + e.getMessage());
        }
    }

    private static final String BATCH_SELECT = "SELECT number, party, first_seq, last_seq, tree_size, root, created_at, "
            + "consistency_old, consistency_path, signature FROM batches";

    @Override
    public synchronized List<BatchHeader> batches() {
        return handle.createQuery(BATCH_SELECT + " ORDER BY number").map((rs, ctx) -> batch(rs)).list();
    }

    private static BatchHeader batch(java.sql.ResultSet rs) throws java.sql.SQLException {
        try {
            return parseBatch(rs);
        } catch (RuntimeException e) {
            throw new BrokenEntryException(rs.getLong("first_seq"), "batch " + rs.getLong("number")
                    + ": stored row does not parse: " + e.getMessage());
        }
    }

    private static BatchHeader parseBatch(java.sql.ResultSet rs) throws java.sql.SQLException {
        String path = rs.getString("consistency_path");
        List<byte[]> hashes = new ArrayList<>();
        if (!path.isEmpty()) {
            Arrays.stream(path.split(",")).forEach(x -> hashes.add(Hex.parseCanonical(x)));
        }
        long first = rs.getLong("first_seq");
        long last = rs.getLong("last_seq");
        return new BatchHeader(rs.getLong("number"), Party.parse(rs.getString("party")), first, last,
                rs.getLong("tree_size"), Hex.parseCanonical(rs.getString("root")), Instant.parse(rs.getString("created_at")),
                new ConsistencyProof(rs.getLong("consistency_old"), rs.getLong("tree_size"), hashes),
                Hex.parseCanonical(rs.getString("signature")));
    }

    @Override
    public synchronized Optional<Fields> privatePart(long seq, Party reader) {
        Optional<String> text = handle.createQuery("SELECT payload FROM private_parts WHERE seq = :s AND party = :p")
                .bind("s", seq).bind("p", reader.code()).mapTo(String.class).findOne();
        try {
            return text.map(Fields::decode);
        } catch (IllegalArgumentException e) {
            throw new BrokenEntryException(seq, "private part: stored row does not parse: " + e.getMessage());
        }
    }

    /** The draft treaties kept in the same database (sharing this store's connection and lock). */
    TreatyDrafts drafts() {
        return new JdbcDrafts(handle, this);
    }

    /** The entries of a party (every party when null) and kinds, selected by the database. */
    @Override
    public synchronized List<Entry> entries(Party party, Set<EntryKind> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT seq, party, kind, created_at, prev_hash, payload, hash FROM entries WHERE kind IN (<kinds>)"
                + (party == null ? "" : " AND party = :p") + " ORDER BY seq";
        var q = handle.createQuery(sql).bindList("kinds", kinds.stream().map(EntryKind::label).toList());
        if (party != null) {
            q.bind("p", party.code());
        }
        return q.map((rs, ctx) -> entry(rs)).list();
    }

    @Override
    public synchronized void close() {
        handle.close();
    }
}
