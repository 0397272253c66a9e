package org.treatylab.app.ledger;

import java.time.Instant;
import java.util.Map;
import org.treatylab.app.common.Copies;

/**
 * A ledger entry's public part (the same shape in {@code treatylab ledger export} and {@code /api/ledger/exchanges}).
 *
 * @param seq its place in the log, from 0
 * @param kind declaration, notification, exchange, reveal or finding
 * @param prevHash the hash of the entry before it, hex
 * @param payload its public fields
 */
public record EntryView(long seq, String party, String kind, Instant time, String prevHash, String hash,
        Map<String, String> payload) {
    public EntryView {
        payload = Copies.ordered(payload);
    }
}
