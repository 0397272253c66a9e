package org.treatylab.app.ledger;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.treatylab.app.common.AppException;
import org.treatylab.domain.Category;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.store.Stores;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.declaration.ItemStatus;
import org.treatylab.verification.declaration.ItemsCsv;
import org.treatylab.verification.declaration.Notification;
import org.treatylab.verification.declaration.NotificationEvent;
import org.treatylab.verification.ledger.ApiTokens;
import org.treatylab.verification.ledger.Entry;
import org.treatylab.verification.ledger.EntryKind;
import org.treatylab.verification.ledger.LedgerReport;
import org.treatylab.verification.ledger.LedgerStore;
import org.treatylab.verification.ledger.LedgerVerifier;
import org.treatylab.verification.ledger.Nonces;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.regime.Regime;
import org.treatylab.verification.regime.RegimeChecks;

/**
 * The verification ledger's front door over the {@link LedgerStore} port: declare, notify, exchange, reveal,
 * inspect, verify, export, and the reads a party may make. A party writes only its own records, signed with its key
 * (from a key file, or from the key folder beside the database; see {@link LedgerKeys}). One write or read at a
 * time: the use cases stay in one class because they share this one lock over one regime.
 */
public final class LedgerDoor implements AutoCloseable {
    private final LedgerStore store;
    private final LedgerKeys keys;
    private final boolean owned;
    private final Object regimeLock = new Object();
    private final java.util.concurrent.ConcurrentHashMap<String, Party> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    private Regime regime;

    /**
     * @param keys the parties' key folder, or null when none
     * @param serverKeys whether a missing key is UNAVAILABLE (a server holds the keys) rather than the user's input
     */
    public LedgerDoor(LedgerStore store, Path keys, boolean serverKeys) {
        this(store, new LedgerKeys(keys, serverKeys), false);
    }

    private LedgerDoor(LedgerStore store, LedgerKeys keys, boolean owned) {
        this.store = store;
        this.keys = keys;
        this.owned = owned;
    }

    /**
     * The ledger at {@code db} (a SQLite file or a JDBC URL) for the command line; it must exist.
     *
     * @param keys the key folder, or null for {@code PATH.keys} beside a file database
     */
    public static LedgerDoor open(String db, Path keys) {
        return new LedgerDoor(Stores.open(db, false), LedgerKeys.forCommandLine(db, keys), true);
    }

    /**
     * Creates a ledger: one Ed25519 key pair and one API token per party, written owner-only to the key folder, the
     * public keys and token hashes registered in the store; nothing is left behind when it fails.
     *
     * @param keys the key folder, or null for {@code PATH.keys} beside a file database
     */
    public static InitResult init(String db, Path keys, List<Party> parties) {
        return LedgerKeys.init(db, keys, parties);
    }

    /** The default key folder of a database: {@code PATH.keys} beside a file, none for a JDBC URL. */
    public static Path defaultKeys(String db) {
        return LedgerKeys.defaultFolder(db);
    }

    /** A fresh nonce for a write (128 random bits, hex): what a client sends when it does not retry. */
    public static String freshNonce() {
        return Nonces.fresh();
    }

    /** The party a presented API token belongs to, if any (the store keeps only the token's hash). */
    public Optional<Party> partyForToken(String token) {
        String hash = Hex.of(ApiTokens.hash(token));
        Party known = tokens.get(hash);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Party> p = store.partyForTokenHash(ApiTokens.hash(token));
        // a token once valid stays valid (a party registers once): remembered, so that a request does not wait for
        // the store while a write holds it
        p.ifPresent(x -> tokens.put(hash, x));
        return p;
    }

    public synchronized LedgerStatus status(Party you) {
        var head = store.head();
        return new LedgerStatus(you.code(), store.parties().stream().map(Party::code).toList(), head.size(),
                Hex.of(head.root()));
    }

    /** A party's own declared items, in clear. */
    public List<ItemView> items(Party party) {
        return regime().currentItems(party).stream().map(LedgerViews::item).toList();
    }

    /**
     * Declares items (an items CSV), each committed with a fresh salt, in one signed batch.
     *
     * @param keyFile the party's key file, or null for the key folder's
     * @param nonce the write's nonce: unique per write of the party; the same nonce again is a replay (CONFLICT
     *     naming the entry it first wrote) and appends nothing
     */
    public Declared declare(Party party, Path keyFile, String nonce, String fileName, String itemsCsv) {
        checkNonce(nonce);
        if (itemsCsv.isBlank()) {
            throw new InputException("the items CSV is empty");
        }
        return declareItems(party, keyFile, nonce, ItemsCsv.parse(fileName, itemsCsv, party));
    }

    /** Declares the items of an items CSV file. */
    public Declared declare(Party party, Path keyFile, String nonce, Path itemsFile) {
        checkNonce(nonce);
        return declareItems(party, keyFile, nonce, ItemsCsv.read(itemsFile, party));
    }

    private Declared declareItems(Party party, Path keyFile, String nonce, List<Item> items) {
        PrivateKey k = keys.privateKey(party, keyFile);
        return write(() -> {
            var b = regime().declare(party, k, nonce, items);
            return new Declared(party.code(), items.size(), b.lastSeq() + 1, b.firstSeq(), b.lastSeq());
        });
    }

    /** A nonce of the accepted form (checked before the body is parsed, so that a replay is named first). */
    private static void checkNonce(String nonce) {
        if (nonce == null || nonce.isBlank()) {
            throw new InputException("nonce: every write carries a nonce, unique per write (e.g. a UUID); none given");
        }
        parse(() -> Nonces.check(nonce));
    }

    /**
     * A notification as a request gives it.
     *
     * @param event add, deploy, store, move, convert or eliminate
     * @param to the new facility (move; the facility of an added item)
     * @param warheads warheads emplaced (deploy), or null
     * @param system the system of an added item
     * @param category the category of an added item
     * @param status the status of an added item (non_deployed or test), or null for non_deployed
     */
    public record NotifyRequest(String uid, String event, String to, Long warheads, String system, String category,
            String status) {
    }

    /** Notifies one change to one item; an impossible change is BAD_INPUT with the reason, and nothing is written. */
    public Notified notify(Party party, Path keyFile, String nonce, NotifyRequest n) {
        checkNonce(nonce);
        NotificationEvent e = parse(() -> NotificationEvent.parse(n.event()));
        Item added = null;
        if (e == NotificationEvent.ADD) {
            if (n.system() == null || n.category() == null || n.to() == null) {
                throw new InputException("event add needs the system, the category and the facility it goes to");
            }
            Category c = parse(() -> Category.parse(n.category()));
            ItemStatus st = parse(() -> ItemStatus.parse(n.status() == null ? "non_deployed" : n.status()));
            added = parse(() -> new Item(party, n.uid(), n.system(), c, st, n.to(), 0));
        }
        Item item = added;
        Notification notification = parse(() -> new Notification(n.uid(), e, n.to(), item, n.warheads()));
        PrivateKey k = keys.privateKey(party, keyFile);
        return write(() -> {
            var w = regime().notify(party, k, nonce, notification);
            return new Notified(LedgerViews.item(w.value()), w.seq());
        });
    }

    /** A data exchange: snapshot the party's items, sign the snapshot root, record the treaty aggregates. */
    public ExchangeView exchange(Party party, Path keyFile, String nonce, String treatyId, LocalDate date) {
        checkNonce(nonce);
        Treaty t = Treaties.byId(treatyId).orElseThrow(() -> new InputException("treaty: unknown treaty '" + treatyId
                + "' (shipped: " + Treaties.SHIPPED_IDS + ")"));
        PrivateKey k = keys.privateKey(party, keyFile);
        return write(() -> LedgerViews.exchange(regime().exchange(party, k, nonce, t, date)));
    }

    /** Reveals one facility of the party's latest exchange: each item with its salt and inclusion proof. */
    public RevealView reveal(Party party, Path keyFile, String nonce, String facility) {
        checkNonce(nonce);
        PrivateKey k = keys.privateKey(party, keyFile);
        return write(() -> LedgerViews.reveal(regime().reveal(party, k, nonce, facility)));
    }

    /**
     * As the inspecting party, compares the items found at a facility with what the other party revealed there,
     * checks every opening, and records the finding (consistent or not). A party inspecting itself is FORBIDDEN.
     */
    public FindingView inspect(Party inspector, Path keyFile, String nonce, Party of, String facility,
            String fileName, String foundCsv) {
        checkNonce(nonce);
        if (inspector.equals(of)) {
            throw AppException.forbidden("a party cannot inspect itself");
        }
        return inspectItems(inspector, keyFile, nonce, of, facility, ItemsCsv.parse(fileName, foundCsv, of));
    }

    /** {@link #inspect} with the items found in an items CSV file. */
    public FindingView inspect(Party inspector, Path keyFile, String nonce, Party of, String facility,
            Path foundFile) {
        checkNonce(nonce);
        if (inspector.equals(of)) {
            throw AppException.forbidden("a party cannot inspect itself");
        }
        return inspectItems(inspector, keyFile, nonce, of, facility, ItemsCsv.read(foundFile, of));
    }

    private FindingView inspectItems(Party inspector, Path keyFile, String nonce, Party of, String facility,
            List<Item> found) {
        PrivateKey k = keys.privateKey(inspector, keyFile);
        return write(() -> LedgerViews.finding(regime().inspect(inspector, k, nonce, of, facility, found)));
    }

    /** Every data exchange's public part. */
    public synchronized List<EntryView> exchanges() {
        return store.entries(null, Set.of(EntryKind.EXCHANGE)).stream().map(LedgerViews::entry).toList();
    }

    /** Every reveal, each checked against its exchange's signed root. */
    public synchronized List<RevealView> reveals() {
        List<RevealView> out = new ArrayList<>();
        for (Entry e : store.entries(null, Set.of(EntryKind.REVEAL))) {
            out.add(LedgerViews.reveal(regime().reveal(e.seq())));
        }
        return out;
    }

    /**
     * Recomputes every hash, chain link, commitment, signature and tree head; a ledger that does not hold is a
     * CONFLICT naming the first broken entry.
     *
     * @param reader the party whose private parts are visible, or null for the store's owner (every party's)
     */
    public synchronized Verified verify(Party reader) {
        LedgerReport r = LedgerVerifier.verify(store, new RegimeChecks(), reader);
        return new Verified(true, r.entries(), r.batches(), r.root(), r.notChecked());
    }

    /** The public ledger: entries and signed batches; never private parts. */
    public synchronized LedgerExport export() {
        List<EntryView> entries = new ArrayList<>();
        store.scan(0, e -> entries.add(LedgerViews.entry(e)));
        return new LedgerExport(entries, store.batches().stream().map(LedgerViews::batch).toList());
    }

    /** The regime, opened on first use: its state is rebuilt from the log once and then kept as writes arrive. */
    private Regime regime() {
        synchronized (regimeLock) {
            if (regime == null) {
                Clock clock = Clock.systemUTC();
                regime = Regime.open(store, clock, new SecureRandom());
            }
            return regime;
        }
    }

    /**
     * A write: not under this door's lock, so that concurrent writes are committed together (the regime prepares
     * one write at a time under the ledger's lock and commits outside it).
     */
    private <T> T write(Supplier<T> body) {
        return body.get();
    }

    /** A user's value parsed by the engine, whose checks throw {@link IllegalArgumentException}: BAD_INPUT here. */
    private static <T> T parse(Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    @Override
    public void close() {
        if (owned) {
            store.close();
        }
    }
}
