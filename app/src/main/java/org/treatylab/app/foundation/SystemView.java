package org.treatylab.app.foundation;

import java.util.List;
import java.util.Map;
import org.treatylab.app.common.Copies;

/**
 * A delivery-system type of the catalogue with its sourced parameters.
 *
 * @param parameters by parameter column name, in name order
 */
public record SystemView(String id, String party, int era, String name, List<String> aliases, String category,
        String basing, String source, Map<String, ParameterValue> parameters) {
    public SystemView {
        aliases = List.copyOf(aliases);
        parameters = Copies.ordered(parameters);
    }

    /**
     * A sourced value: a published range stays a range; engines use {@code value}, the value the catalogue row states
     * for a range whose midpoint would mean nothing (an assumption), else the midpoint.
     *
     * @param status confirmed, estimate or assumption
     */
    public record ParameterValue(double value, double low, double high, String status, String source, String note) {
    }
}
