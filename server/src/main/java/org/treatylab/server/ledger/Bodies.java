package org.treatylab.server.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * The JSON request bodies of the ledger routes, as the OpenAPI document describes them. Every write body carries
 * {@code nonce}: unique per write of the party; the same nonce again is a replay (409) and appends nothing.
 */
public final class Bodies {
    private Bodies() {
    }

    /**
     * A change of one item: event add, deploy, store, move, convert or eliminate; {@code to} the new facility (move,
     * add); {@code warheads} emplaced (deploy); system, category and status of an added item.
     */
    public record NotificationBody(String uid, String event, String to, Long warheads, String system,
            String category, String status, String nonce) {
    }

    /** A data exchange on a date, counted under a shipped treaty (new-start). */
    public record DataExchangeBody(LocalDate date, String treaty, String nonce) {
    }

    /** A facility of the caller's latest exchange to reveal. */
    public record RevealBody(String facility, String nonce) {
    }

    /** As inspector, what was found at a revealed facility of party {@code of} (an items CSV). */
    public record InspectionBody(String of, String facility, String foundCsv, String nonce) {
    }

    /** An RFC 9162 inclusion proof to check: {@code leaf} (hex datum) or {@code leaf_hash}. */
    public record InclusionBody(String leaf, String leafHash, long index, long treeSize, List<String> proof,
            String root) {
    }
}
