package org.treatylab.app.ledger;

import java.util.List;

/** The public ledger: every entry's public part and every signed batch; private parts are never exported. */
public record LedgerExport(List<EntryView> entries, List<BatchView> batches) {
    public LedgerExport {
        entries = List.copyOf(entries);
        batches = List.copyOf(batches);
    }
}
