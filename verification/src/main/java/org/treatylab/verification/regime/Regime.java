package org.treatylab.verification.regime;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.treatylab.domain.Party;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.declaration.DataExchange;
import org.treatylab.verification.declaration.Declarations;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.declaration.Notification;
import org.treatylab.verification.escrow.Commitments;
import org.treatylab.verification.escrow.Opening;
import org.treatylab.verification.escrow.SnapshotTree;
import org.treatylab.verification.ledger.Entry;
import org.treatylab.verification.ledger.EntryKind;
import org.treatylab.verification.ledger.Fields;
import org.treatylab.verification.ledger.Ledger;
import org.treatylab.verification.ledger.Nonces;
import org.treatylab.verification.ledger.ReplayException;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.signing.SignedTreeHead;
import org.treatylab.verification.signing.TreeHead;

/**
 * The verification regime written to a ledger: a party declares items and notifies changes (committed, kept in
 * clear only in its own private parts), exchanges data every six months (a signed snapshot root and the treaty
 * aggregates), reveals the snapshot facility by facility; the other party inspects a revealed facility and records
 * its finding.
 */
public final class Regime {
    private final Ledger ledger;
    private final Clock clock;
    private final RandomGenerator random;
    private final RegimeState state;

    /** @param random source of salts: a {@link java.security.SecureRandom} outside tests */
    public Regime(Ledger ledger, Clock clock, RandomGenerator random) {
        this(ledger, clock, random, new RegimeState());
        ledger.attach(state);
    }

    private Regime(Ledger ledger, Clock clock, RandomGenerator random, RegimeState state) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.state = state;
    }

    /** The regime of the ledger kept in {@code store}, its state built in the one read of the log that opens it. */
    public static Regime open(org.treatylab.verification.ledger.LedgerStore store, Clock clock,
            RandomGenerator random) {
        RegimeState s = new RegimeState();
        return new Regime(Ledger.open(store, clock, s), clock, random, s);
    }

    /** A write's result and the first entry it wrote. */
    public record Written<T>(long seq, T value) {
    }

    /**
     * Refuses a replay before anything else is looked at: the nonce's form, then whether the party used it before.
     *
     * @throws ReplayException naming the entry that first carried the nonce
     */
    private void admit(Party party, String nonce) {
        try {
            Nonces.check(nonce);
        } catch (IllegalArgumentException e) {
            throw VerificationException.rejected("nonce: " + e.getMessage());
        }
        ledger.nonceEntry(party, nonce).ifPresent(seq -> {
            throw new ReplayException(party, nonce, seq);
        });
    }

    /** Writes prepared under the ledger's lock, committed outside it so that concurrent writers commit together. */
    private Ledger.Ticket commit(Ledger.Ticket t) {
        ledger.commit(t);
        return t;
    }

    /** {@link #declare(Party, PrivateKey, String, List)} with a fresh nonce. */
    public void declare(Party party, PrivateKey key, List<Item> items) {
        declare(party, key, Nonces.fresh(), items);
    }

    /** Declares items, one committed entry each, in one signed batch. */
    public Ledger.Ticket declare(Party party, PrivateKey key, String nonce, List<Item> items) {
        Ledger.Ticket t;
        synchronized (ledger) {
            admit(party, nonce);
            state.declarations(party).check(items);
            t = ledger.prepare(party, key, nonce, declarationDrafts(items));
        }
        return commit(t);
    }

    private List<Ledger.Draft> declarationDrafts(List<Item> items) {
        List<Ledger.Draft> drafts = new ArrayList<>();
        for (Item i : items) {
            byte[] salt = Commitments.newSalt(random);
            Fields.Builder priv = Fields.builder();
            Payloads.putItem(priv, "item.", i);
            priv.put("salt", Hex.of(salt));
            drafts.add(new Ledger.Draft(EntryKind.DECLARATION,
                    Fields.builder().put("commitment", Hex.of(Commitments.commit(salt, i))).build(), priv.build()));
        }
        return drafts;
    }

    /** {@link #notify(Party, PrivateKey, String, Notification)} with a fresh nonce; returns the item's new state. */
    public Item notify(Party party, PrivateKey key, Notification n) {
        return notify(party, key, Nonces.fresh(), n).value();
    }

    /** Records a notification after the state machine accepts it; returns the item's new state and its entry. */
    public Written<Item> notify(Party party, PrivateKey key, String nonce, Notification n) {
        Ledger.Ticket t;
        Item next;
        synchronized (ledger) {
            admit(party, nonce);
            next = state.declarations(party).next(n);
            t = ledger.prepare(party, key, nonce, List.of(notificationDraft(n, next)));
        }
        return new Written<>(commit(t).firstSeq(), next);
    }

    private Ledger.Draft notificationDraft(Notification n, Item next) {
        byte[] salt = Commitments.newSalt(random);
        Fields.Builder priv = Fields.builder().put("event", n.event().label());
        if (n.to() != null) {
            priv.put("to", n.to());
        }
        if (n.warheads() != null) {
            priv.put("warheads", n.warheads());
        }
        Payloads.putItem(priv, "item.", next);
        priv.put("salt", Hex.of(salt));
        Fields pub = Fields.builder().put("event", n.event().label())
                .put("commitment", Hex.of(Commitments.commit(salt, next))).build();
        return new Ledger.Draft(EntryKind.NOTIFICATION, pub, priv.build());
    }

    /** {@link #exchange(Party, PrivateKey, String, Treaty, LocalDate)} with a fresh nonce. */
    public ExchangeRecord exchange(Party party, PrivateKey key, Treaty treaty, LocalDate date) {
        return exchange(party, key, Nonces.fresh(), treaty, date);
    }

    /** Snapshots the party's current items, signs the snapshot root and records the aggregates. */
    public ExchangeRecord exchange(Party party, PrivateKey key, String nonce, Treaty treaty, LocalDate date) {
        Ledger.Ticket t;
        ExchangeRecord r;
        synchronized (ledger) {
            admit(party, nonce);
            DataExchange x = DataExchange.of(treaty, party, date, state.declarations(party).all());
            SignedTreeHead[] sth = new SignedTreeHead[1];
            Ledger.Draft d = exchangeDraft(party, key, x, date, sth);
            t = ledger.prepare(party, key, nonce, List.of(d));
            r = new ExchangeRecord(t.firstSeq(), x, sth[0]);
        }
        commit(t);
        return r;
    }

    private Ledger.Draft exchangeDraft(Party party, PrivateKey key, DataExchange x, LocalDate date,
            SignedTreeHead[] signed) {
        List<byte[]> salts = new ArrayList<>();
        x.items().forEach(i -> salts.add(Commitments.newSalt(random)));
        SnapshotTree tree = new SnapshotTree(x.items(), salts, true);
        SignedTreeHead sth = SignedTreeHead.sign(new TreeHead(snapshotLog(party, date), party, tree.size(),
                tree.root(), clock.instant()), key);
        Fields.Builder pub = Fields.builder().put("treaty", x.treaty()).put("date", date).put("items", tree.size());
        x.aggregates().forEach((q, v) -> pub.put("aggregate." + q, v));
        pub.put("snapshot_root", Hex.of(tree.root())).put("snapshot_time", sth.head().time())
                .put("snapshot_signature", Hex.of(sth.signature()));
        Fields.Builder priv = Fields.builder();
        for (int i = 0; i < x.items().size(); i++) {
            Payloads.putItem(priv, "item." + i + ".", x.items().get(i));
            priv.put("item." + i + ".salt", Hex.of(salts.get(i)));
        }
        signed[0] = sth;
        return new Ledger.Draft(EntryKind.EXCHANGE, pub.build(), priv.build());
    }

    static String snapshotLog(Party party, Object date) {
        return "snapshot:" + party.code() + ":" + date;
    }

    /** {@link #reveal(Party, PrivateKey, String, String)} with a fresh nonce. */
    public Reveal reveal(Party party, PrivateKey key, String facility) {
        return reveal(party, key, Nonces.fresh(), facility);
    }

    /** Opens every item at {@code facility} in the party's latest exchange and records the openings. */
    public Reveal reveal(Party party, PrivateKey key, String nonce, String facility) {
        Ledger.Ticket t;
        Reveal r;
        synchronized (ledger) {
            admit(party, nonce);
            Entry exchange = state.latestExchange(party).orElseThrow(() -> VerificationException.rejected(
                    party + " has made no data exchange to reveal"));
            Fields priv = state.latestExchangePrivate(party).orElseThrow(() -> new VerificationException(
                    "entry " + exchange.seq() + ": the exchange's private part is missing"));
            List<Opening> openings = new ArrayList<>();
            SnapshotTree tree = snapshot(exchange, priv);
            Ledger.Draft d = revealDraft(party, exchange, tree, facility, openings);
            t = ledger.prepare(party, key, nonce, List.of(d));
            r = new Reveal(t.firstSeq(), party, facility.trim(), exchange.seq(),
                    LocalDate.parse(exchange.payload().require("date")), tree.root(), tree.size(), openings);
        }
        commit(t);
        return r;
    }

    private Ledger.Draft revealDraft(Party party, Entry exchange, SnapshotTree tree, String facility,
            List<Opening> out) {
        List<Opening> openings = tree.openingsAt(facility.trim());
        out.addAll(openings);
        if (openings.isEmpty()) {
            throw VerificationException.rejected("no item of " + party + " at facility '" + facility.trim()
                    + "' in the exchange of " + exchange.payload().require("date"));
        }
        Fields.Builder pub = Fields.builder().put("exchange", exchange.seq()).put("facility", facility.trim())
                .put("tree_size", tree.size()).put("count", openings.size());
        for (int i = 0; i < openings.size(); i++) {
            Payloads.putOpening(pub, "opening." + i + ".", openings.get(i));
        }
        return new Ledger.Draft(EntryKind.REVEAL, pub.build(), null);
    }

    /**
     * The inspector compares what it found at a facility with the latest reveal of that facility, checks every
     * opening against the signed snapshot root, and records the finding.
     */
    public Finding inspect(Party inspector, PrivateKey key, Party of, String facility, List<Item> found) {
        return inspect(inspector, key, Nonces.fresh(), of, facility, found);
    }

    /** {@link #inspect(Party, PrivateKey, Party, String, List)} carrying the write's nonce. */
    public Finding inspect(Party inspector, PrivateKey key, String nonce, Party of, String facility, List<Item> found) {
        Ledger.Ticket t;
        Finding f;
        synchronized (ledger) {
            admit(inspector, nonce);
            Finding[] out = new Finding[1];
            Ledger.Draft d = findingDraft(inspector, of, facility, found, out);
            t = ledger.prepare(inspector, key, nonce, List.of(d));
            Finding x = out[0];
            f = new Finding(t.firstSeq(), inspector, of, x.facility(), x.revealSeq(), x.exchangeSeq(),
                    x.revealed(), x.found(), x.issues());
        }
        commit(t);
        return f;
    }

    private Ledger.Draft findingDraft(Party inspector, Party of, String facility, List<Item> found, Finding[] out) {
        if (inspector.equals(of)) {
            throw new VerificationException(org.treatylab.domain.ErrorKind.FORBIDDEN,
                    "a party does not inspect itself (" + of + ")");
        }
        String fac = facility.trim();
        Entry revealEntry = state.latestReveal(of, fac).orElseThrow(() -> VerificationException.rejected(
                of + " has revealed nothing at facility '" + fac + "'"));
        Reveal reveal = readReveal(revealEntry, ledger.key(of).orElseThrow());
        List<String> issues = new ArrayList<>();
        Map<String, Item> declared = new HashMap<>();
        for (Opening o : reveal.openings()) {
            try {
                o.verify(reveal.snapshotRoot());
                declared.put(o.item().uid(), o.item());
            } catch (VerificationException e) {
                issues.add("opening fails its proof: " + e.getMessage());
            }
        }
        Map<String, Item> seen = new HashMap<>();
        for (Item f : found) {
            seen.put(f.uid(), f);
            Item d = declared.get(f.uid());
            if (d == null) {
                issues.add("undeclared item " + f.uid() + " (" + f.system() + ", " + f.status().label() + ")");
            } else if (!sameObservable(d, f)) {
                issues.add("misdeclared item " + f.uid() + ": declared " + describe(d) + ", found " + describe(f));
            }
        }
        declared.keySet().stream().sorted().filter(u -> !seen.containsKey(u))
                .forEach(u -> issues.add("declared item " + u + " not found"));
        Fields.Builder pub = Fields.builder().put("of", of.code()).put("facility", fac).put("reveal", reveal.seq())
                .put("exchange", reveal.exchangeSeq()).put("revealed", reveal.openings().size())
                .put("found", found.size()).put("verdict", issues.isEmpty() ? "consistent" : "discrepancies");
        for (int i = 0; i < issues.size(); i++) {
            pub.put("issue." + i, issues.get(i));
        }
        out[0] = new Finding(-1, inspector, of, fac, reveal.seq(), reveal.exchangeSeq(), reveal.openings().size(),
                found.size(), issues);
        return new Ledger.Draft(EntryKind.FINDING, pub.build(), null);
    }

    private static boolean sameObservable(Item d, Item f) {
        return describe(d).equals(describe(f));
    }

    private static String describe(Item i) {
        return i.system() + "/" + i.category() + "/" + i.status().label() + "/" + i.facility() + "/" + i.warheads()
                + " warheads";
    }

    /** The reveal recorded in an entry, with the snapshot root checked against the exchange's signature. */
    Reveal readReveal(Entry revealEntry, PublicKey ownerKey) {
        Fields pub = revealEntry.payload();
        long exchangeSeq = pub.requireLong("exchange");
        Entry exchange = stateExchange(exchangeSeq)
                .filter(e -> e.kind() == EntryKind.EXCHANGE && e.party().equals(revealEntry.party()))
                .orElseThrow(() -> new VerificationException("entry " + revealEntry.seq() + ": refers to entry "
                        + exchangeSeq + ", which is not an exchange of " + revealEntry.party()));
        SignedTreeHead sth = RegimeChecks.snapshotHead(exchange);
        sth.verify(ownerKey);
        long size = pub.requireLong("tree_size");
        if (size != sth.head().treeSize()) {
            throw VerificationException.mismatch("reveal tree size", Long.toString(size),
                    Long.toString(sth.head().treeSize()));
        }
        int count = (int) pub.requireLong("count");
        List<Opening> openings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            openings.add(Payloads.opening(pub, "opening." + i + ".", revealEntry.party(), size));
        }
        return new Reveal(revealEntry.seq(), revealEntry.party(), pub.require("facility"), exchangeSeq,
                LocalDate.parse(exchange.payload().require("date")), sth.head().root(), size, openings);
    }

    private Optional<Entry> stateExchange(long seq) {
        synchronized (ledger) {
            Optional<Entry> e = state.exchange(seq);
            return e.isPresent() ? e : ledger.store().entries(seq, 1).stream().findFirst();
        }
    }

    /** The reveal recorded in entry {@code seq}, checked against its exchange's signed root. */
    public Reveal reveal(long seq) {
        Entry e = ledger.store().entries(seq, 1).stream().findFirst().filter(x -> x.kind() == EntryKind.REVEAL)
                .orElseThrow(() -> new VerificationException("entry " + seq + " is not a reveal"));
        return readReveal(e, ledger.key(e.party()).orElseThrow());
    }

    static SnapshotTree snapshot(Entry exchange, Fields priv) {
        int n = (int) exchange.payload().requireLong("items");
        List<Item> items = new ArrayList<>();
        List<byte[]> salts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(Payloads.item(priv, "item." + i + ".", exchange.party()));
            salts.add(Payloads.hex(priv, "item." + i + ".salt"));
        }
        return new SnapshotTree(items, salts, true);
    }

    /** The party's current items, in uid order (a copy, read under the ledger's lock). */
    public List<Item> currentItems(Party party) {
        synchronized (ledger) {
            return state.declarations(party).current();
        }
    }

    /** The party's item database as the ledger stands (live: read it under the ledger's lock). */
    public Declarations declarations(Party party) {
        synchronized (ledger) {
            return state.declarations(party);
        }
    }
}
