package org.treatylab.domain.counting;

import java.util.List;
import java.util.Objects;

/**
 * An option of a counting rule set that a treaty file may set, e.g. how bombers count.
 *
 * @param allowed the permitted values; empty means any whole number >= 0
 */
public record RuleOption(String name, String description, String defaultValue, List<String> allowed) {
    public RuleOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        allowed = List.copyOf(allowed);
        description = description == null ? "" : description;
    }

    /** Null when {@code value} is acceptable, else the problem in words. */
    public String problemWith(String value) {
        if (allowed.isEmpty()) {
            try {
                if (Long.parseLong(value) >= 0) {
                    return null;
                }
            } catch (NumberFormatException e) {
                // falls through to the message
            }
            return "option '" + name + "' expects a whole number >= 0, got '" + value + "'";
        }
        return allowed.contains(value) ? null
                : "option '" + name + "' expects one of " + allowed + ", got '" + value + "'";
    }
}
