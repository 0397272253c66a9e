package org.treatylab.app.stability;

/**
 * One parameter value the engine used for one system, and where it came from.
 *
 * @param parameter the column name ({@code yield_kt}, …, or {@code warheads})
 * @param value the value used, null when missing
 * @param from scenario, posture-row, catalogue, category-default or missing
 * @param where the posture row, catalogue entry or category
 * @param status confirmed, estimate or assumption; null when not applicable
 */
public record ParameterUseView(String party, String system, String parameter, Double value, String from, String where,
        String status, String note) {
}
