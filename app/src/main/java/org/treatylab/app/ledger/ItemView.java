package org.treatylab.app.ledger;

/**
 * A declared item in clear.
 *
 * @param status deployed, non_deployed, test, converted or eliminated
 * @param warheads re-entry vehicles emplaced
 */
public record ItemView(String uid, String system, String category, String status, String facility, long warheads) {
}
