package org.treatylab.app.ledger;

import java.time.LocalDate;
import java.util.Map;
import org.treatylab.app.common.Copies;

/**
 * A six-monthly data exchange: the snapshot's signed root and the treaty aggregates counted from the items.
 *
 * @param entry the ledger entry that records it
 * @param items how many items the snapshot holds
 */
public record ExchangeView(String party, LocalDate date, String treaty, long entry, int items,
        Map<String, Long> aggregates, String snapshotRoot, String snapshotSignature) {
    public ExchangeView {
        aggregates = Copies.ordered(aggregates);
    }
}
