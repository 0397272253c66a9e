package org.treatylab.verification.regime;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.treatylab.domain.Party;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.declaration.DataExchange;
import org.treatylab.verification.declaration.Declarations;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.declaration.Notification;
import org.treatylab.verification.declaration.NotificationEvent;
import org.treatylab.verification.escrow.Commitments;
import org.treatylab.verification.escrow.Opening;
import org.treatylab.verification.escrow.SnapshotTree;
import org.treatylab.verification.ledger.Entry;
import org.treatylab.verification.ledger.EntryCheck;
import org.treatylab.verification.ledger.EntryKind;
import org.treatylab.verification.ledger.Fields;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.signing.SignedTreeHead;
import org.treatylab.verification.signing.TreeHead;

/**
 * The meaning of regime entries, checked in ledger order: commitments recomputed from the items kept in clear,
 * notifications replayed through the state machine, snapshot roots rebuilt and their signatures and aggregates
 * checked, openings checked against the snapshot they open. Entries whose private part the reader may not see are
 * checked as far as their public part allows.
 */
public final class RegimeChecks implements EntryCheck {
    private final Map<Party, Declarations> declarations = new HashMap<>();
    private final Map<Long, Entry> exchanges = new HashMap<>();

    @Override
    public void check(Entry e, Optional<Fields> priv, Function<Party, PublicKey> keyOf) {
        switch (e.kind()) {
            case DECLARATION, NOTIFICATION -> replayItem(e, priv);
            case EXCHANGE -> checkExchange(e, priv, keyOf.apply(e.party()));
            case REVEAL -> checkReveal(e);
            case FINDING -> checkFinding(e);
            case REGISTRATION -> { }
            default -> throw new IllegalStateException("unhandled kind " + e.kind());
        }
    }

    Declarations declarations(Party p) {
        return declarations.computeIfAbsent(p, Declarations::new);
    }

    void replayItem(Entry e, Optional<Fields> priv) {
        if (priv.isEmpty()) {
            return;
        }
        Fields f = priv.get();
        Item item = Payloads.item(f, "item.", e.party());
        byte[] salt = Payloads.hex(f, "salt");
        byte[] computed = Commitments.commit(salt, item);
        byte[] committed = Payloads.hex(e.payload(), "commitment");
        if (!MessageDigest.isEqual(computed, committed)) {
            throw VerificationException.mismatch("commitment", Hex.of(computed), Hex.of(committed));
        }
        Declarations d = declarations(e.party());
        if (e.kind() == EntryKind.DECLARATION) {
            d.declare(List.of(item));
            return;
        }
        NotificationEvent event = NotificationEvent.parse(f.require("event"));
        if (!event.label().equals(e.payload().require("event"))) {
            throw VerificationException.mismatch("event", event.label(), e.payload().require("event"));
        }
        Long warheads = f.get("warheads").map(Long::parseLong).orElse(null);
        Notification n = new Notification(item.uid(), event, f.get("to").orElse(null),
                event == NotificationEvent.ADD ? item : null, warheads);
        Item next = d.apply(n);
        if (!next.equals(item)) {
            throw VerificationException.mismatch("item after " + event.label(), next.toString(), item.toString());
        }
    }

    private void checkExchange(Entry e, Optional<Fields> priv, PublicKey key) {
        SignedTreeHead sth = snapshotHead(e);
        sth.verify(key);
        exchanges.put(e.seq(), e);
        if (priv.isEmpty()) {
            return;
        }
        SnapshotTree tree = Regime.snapshot(e, priv.get());
        if (!MessageDigest.isEqual(tree.root(), sth.head().root())) {
            throw VerificationException.mismatch("snapshot root", Hex.of(tree.root()), Hex.of(sth.head().root()));
        }
        List<Item> current = declarations(e.party()).current();
        if (!current.equals(tree.items())) {
            throw new VerificationException("snapshot items differ from the declarations: " + tree.items().size()
                    + " items in the snapshot, " + current.size() + " declared");
        }
        Optional<Treaty> treaty = Treaties.byId(e.payload().require("treaty"));
        if (treaty.isPresent()) {
            DataExchange x = DataExchange.of(treaty.get(), e.party(), LocalDate.parse(e.payload().require("date")),
                    current);
            for (Map.Entry<String, Long> a : x.aggregates().entrySet()) {
                long stated = e.payload().requireLong("aggregate." + a.getKey());
                if (stated != a.getValue()) {
                    throw VerificationException.mismatch("aggregate " + a.getKey(), a.getValue().toString(),
                            Long.toString(stated));
                }
            }
        }
    }

    static SignedTreeHead snapshotHead(Entry exchange) {
        Fields p = exchange.payload();
        TreeHead head = new TreeHead(Regime.snapshotLog(exchange.party(), p.require("date")), exchange.party(),
                p.requireLong("items"), Payloads.hexHash("snapshot_root", p.require("snapshot_root")),
                Instant.parse(p.require("snapshot_time")));
        return new SignedTreeHead(head, Payloads.hex(p, "snapshot_signature"));
    }

    private void checkReveal(Entry e) {
        long x = e.payload().requireLong("exchange");
        Entry exchange = exchanges.get(x);
        if (exchange == null || !exchange.party().equals(e.party())) {
            throw new VerificationException("refers to entry " + x + ", which is not an earlier exchange of "
                    + e.party());
        }
        SignedTreeHead sth = snapshotHead(exchange);
        long size = e.payload().requireLong("tree_size");
        if (size != sth.head().treeSize()) {
            throw VerificationException.mismatch("tree size", Long.toString(size), Long.toString(sth.head().treeSize()));
        }
        int count = (int) e.payload().requireLong("count");
        for (int i = 0; i < count; i++) {
            Opening o = Payloads.opening(e.payload(), "opening." + i + ".", e.party(), size);
            o.verify(sth.head().root());
        }
    }

    private void checkFinding(Entry e) {
        Party of = Party.parse(e.payload().require("of"));
        if (of.equals(e.party())) {
            throw new VerificationException("a finding by " + of + " about itself");
        }
    }
}
