package org.treatylab.verification.ledger;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Walks the stored private parts in seq order beside a walk over the entries, a page at a time, so that reading every
 * private part costs one query per page instead of one per entry. Rows that no entry claims are handed to the caller.
 */
final class PrivateCursor {
    private final LedgerStore store;
    private final ArrayDeque<PrivateRow> page = new ArrayDeque<>();
    private long next;
    private boolean exhausted;

    PrivateCursor(LedgerStore store, long from) {
        this.store = store;
        this.next = from;
    }

    /** The row stored for entry {@code seq}, if any; rows before it that were not taken go to {@code unclaimed}. */
    Optional<PrivateRow> take(long seq, Consumer<PrivateRow> unclaimed) {
        while (peek() != null && peek().seq() < seq) {
            unclaimed.accept(page.poll());
        }
        PrivateRow head = peek();
        if (head != null && head.seq() == seq) {
            return Optional.of(page.poll());
        }
        return Optional.empty();
    }

    /** Hands every row not taken yet to {@code unclaimed}. */
    void rest(Consumer<PrivateRow> unclaimed) {
        while (peek() != null) {
            unclaimed.accept(page.poll());
        }
    }

    private PrivateRow peek() {
        if (page.isEmpty() && !exhausted) {
            var rows = store.privateParts(next, LedgerStore.PAGE);
            if (rows.isEmpty()) {
                exhausted = true;
            } else {
                page.addAll(rows);
                next = rows.get(rows.size() - 1).seq() + 1;
            }
        }
        return page.peek();
    }
}
