package org.treatylab.store;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    public synchronized void registerParty(Party party, PublicKey key, byte[] tokenHash) {
        handle.useTransaction(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM parties WHERE code = :c").bind("c", party.code())
                    .mapTo(Long.class).one() > 0) {
                throw new VerificationException("party " + party + " is already registered");
            }
            h.createUpdate("INSERT INTO parties (code, public_key, token_hash, registered_at) VALUES (:c, :k, :t, :r)")
                    .bind("c", party.code()).bind("k", Ed25519.publicText(key)).bind("t", Hex.of(tokenHash))
                    .bind("r", Instant.now().toString()).execute();
        });
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
        return new LedgerHead(last.get().lastSeq() + 1, Hex.parse(lastHash), last.get().number() + 1, last.get().root());
    }

    @Override
    public synchronized void append(Batch batch) {
        handle.useTransaction(h -> {
            if (postgres) {
                h.execute("LOCK TABLE batches IN SHARE ROW EXCLUSIVE MODE");
            }
            PublicKey key = h.createQuery("SELECT public_key FROM parties WHERE code = :c")
                    .bind("c", batch.party().code()).mapTo(String.class).findOne().map(Ed25519::parsePublic).orElse(null);
            BatchChecks.check(batch, key, head(h));
            h.createUpdate("INSERT INTO batches (number, party, first_seq, last_seq, tree_size, root, created_at, "
                    + "consistency_old, consistency_path, signature) VALUES (:n, :p, :f, :l, :s, :r, :t, :co, :cp, :sig)")
                    .bind("n", batch.number()).bind("p", batch.party().code()).bind("f", batch.firstSeq())
                    .bind("l", batch.lastSeq()).bind("s", batch.treeSize()).bind("r", Hex.of(batch.root()))
                    .bind("t", batch.time().toString()).bind("co", batch.consistency().oldSize())
                    .bind("cp", String.join(",", batch.consistency().hexPath())).bind("sig", Hex.of(batch.signature()))
                    .execute();
            PreparedBatch entries = h.prepareBatch("INSERT INTO entries (seq, batch, party, kind, created_at, "
                    + "prev_hash, payload, hash) VALUES (:seq, :b, :p, :k, :t, :prev, :payload, :hash)");
            for (Entry e : batch.entries()) {
                entries.bind("seq", e.seq()).bind("b", batch.number()).bind("p", e.party().code())
                        .bind("k", e.kind().label()).bind("t", e.time().toString()).bind("prev", Hex.of(e.prevHash()))
                        .bind("payload", e.payload().encode()).bind("hash", Hex.of(e.hash())).add();
            }
            entries.execute();
            if (!batch.privates().isEmpty()) {
                PreparedBatch priv = h.prepareBatch("INSERT INTO private_parts (seq, party, payload) VALUES (:s, :p, :x)");
                batch.privates().forEach((seq, f) -> priv.bind("s", seq).bind("p", batch.party().code())
                        .bind("x", f.encode()).add());
                priv.execute();
            }
        });
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
                    Instant.parse(rs.getString("created_at")), Hex.parse(rs.getString("prev_hash")),
                    Fields.decode(rs.getString("payload")), Hex.parse(rs.getString("hash")));
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
            Arrays.stream(path.split(",")).forEach(x -> hashes.add(Hex.parse(x)));
        }
        long first = rs.getLong("first_seq");
        long last = rs.getLong("last_seq");
        return new BatchHeader(rs.getLong("number"), Party.parse(rs.getString("party")), first, last,
                rs.getLong("tree_size"), Hex.parse(rs.getString("root")), Instant.parse(rs.getString("created_at")),
                new ConsistencyProof(rs.getLong("consistency_old"), rs.getLong("tree_size"), hashes),
                Hex.parse(rs.getString("signature")));
    }

    @Override
    public synchronized Optional<Fields> privatePart(long seq, Party reader) {
        return handle.createQuery("SELECT payload FROM private_parts WHERE seq = :s AND party = :p")
                .bind("s", seq).bind("p", reader.code()).mapTo(String.class).findOne().map(Fields::decode);
    }

    /** The draft treaties kept in the same database (sharing this store's connection and lock). */
    TreatyDrafts drafts() {
        return new JdbcDrafts(handle, this);
    }

    /** The API tokens this ledger's server accepts (sharing this store's connection and lock). */
    public JdbcTokens tokens() {
        return new JdbcTokens(handle, this);
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
