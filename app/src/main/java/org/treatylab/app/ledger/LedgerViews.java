package org.treatylab.app.ledger;

import java.util.ArrayList;
import java.util.List;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.escrow.Opening;
import org.treatylab.verification.ledger.BatchHeader;
import org.treatylab.verification.ledger.Entry;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.regime.ExchangeRecord;
import org.treatylab.verification.regime.Finding;
import org.treatylab.verification.regime.Reveal;

/** The verification regime's results as the door's records: a one-to-one copy, nothing computed. */
final class LedgerViews {
    private LedgerViews() {
    }

    static ItemView item(Item i) {
        return new ItemView(i.uid(), i.system(), i.category().name(), i.status().label(), i.facility(), i.warheads());
    }

    static RevealView reveal(Reveal r) {
        List<RevealView.Opening> openings = new ArrayList<>();
        for (Opening o : r.openings()) {
            Item i = o.item();
            openings.add(new RevealView.Opening(i.uid(), i.system(), i.category().name(), i.status().label(),
                    i.facility(), i.warheads(), o.hexSalt(), Hex.of(o.commitment()), o.proof().leafIndex(),
                    o.hexPath()));
        }
        return new RevealView(r.party().code(), r.facility(), r.seq(), r.exchangeSeq(), r.date(),
                Hex.of(r.snapshotRoot()), r.treeSize(), openings);
    }

    static ExchangeView exchange(ExchangeRecord x) {
        return new ExchangeView(x.exchange().party().code(), x.exchange().date(), x.exchange().treaty(), x.seq(),
                x.exchange().items().size(), x.exchange().aggregates(), Hex.of(x.snapshotHead().head().root()),
                Hex.of(x.snapshotHead().signature()));
    }

    static FindingView finding(Finding f) {
        return new FindingView(f.inspector().code(), f.of().code(), f.facility(), f.seq(), f.revealSeq(), f.revealed(),
                f.found(), f.verdict(), f.issues());
    }

    static EntryView entry(Entry e) {
        return new EntryView(e.seq(), e.party().code(), e.kind().label(), e.time(), Hex.of(e.prevHash()),
                Hex.of(e.hash()), e.payload().asMap());
    }

    static BatchView batch(BatchHeader b) {
        return new BatchView(b.number(), b.party().code(), b.firstSeq(), b.lastSeq(), b.treeSize(), Hex.of(b.root()),
                b.time(), b.consistency().oldSize(), b.consistency().hexPath(), Hex.of(b.signature()));
    }
}
