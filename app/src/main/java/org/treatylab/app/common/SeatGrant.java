package org.treatylab.app.common;

import java.util.Objects;

/**
 * A seat taken: its party and its secret, given once to whoever took it. The secret is the seat's key (the seat's
 * link carries it); the store keeps only its hash.
 */
public record SeatGrant(String party, String secret) {
    public SeatGrant {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(secret, "secret");
    }
}
