package org.treatylab.verification.regime;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.treatylab.domain.Party;
import org.treatylab.verification.declaration.Declarations;
import org.treatylab.verification.ledger.Entry;
import org.treatylab.verification.ledger.EntryKind;
import org.treatylab.verification.ledger.Fields;
import org.treatylab.verification.ledger.Ledger;

/**
 * The regime's current state, kept as the ledger grows so that a write never replays the ledger: each party's items
 * (declarations and notifications replayed, commitments checked), its latest data exchange with the exchange's private
 * part, and its latest reveal of each facility. The {@link Ledger} rebuilds it from the log on open (and after a failed
 * commit) and guards it with its own lock.
 */
final class RegimeState implements Ledger.Listener {
    private RegimeChecks items = new RegimeChecks();
    private final Map<Party, Entry> exchanges = new HashMap<>();
    private final Map<Party, Fields> exchangePrivates = new HashMap<>();
    private final Map<String, Entry> reveals = new HashMap<>();
    private final Map<Long, Entry> exchangesBySeq = new HashMap<>();

    @Override
    public void reset() {
        items = new RegimeChecks();
        exchanges.clear();
        exchangePrivates.clear();
        reveals.clear();
        exchangesBySeq.clear();
    }

    @Override
    public void apply(Entry e, Optional<Fields> privatePart) {
        switch (e.kind()) {
            case DECLARATION, NOTIFICATION -> items.replayItem(e, privatePart);
            case EXCHANGE -> {
                exchanges.put(e.party(), e);
                exchangesBySeq.put(e.seq(), e);
                privatePart.ifPresentOrElse(p -> exchangePrivates.put(e.party(), p),
                        () -> exchangePrivates.remove(e.party()));
            }
            case REVEAL -> reveals.put(revealKey(e.party(), e.payload().require("facility")), e);
            default -> {
            }
        }
    }

    private static String revealKey(Party p, String facility) {
        return p.code() + "\n" + facility;
    }

    Declarations declarations(Party p) {
        return items.declarations(p);
    }

    Optional<Entry> latestExchange(Party p) {
        return Optional.ofNullable(exchanges.get(p));
    }

    Optional<Fields> latestExchangePrivate(Party p) {
        return Optional.ofNullable(exchangePrivates.get(p));
    }

    /** An exchange entry by seq, committed or still being committed. */
    Optional<Entry> exchange(long seq) {
        return Optional.ofNullable(exchangesBySeq.get(seq));
    }

    Optional<Entry> latestReveal(Party p, String facility) {
        return Optional.ofNullable(reveals.get(revealKey(p, facility)));
    }
}
