package org.treatylab.app.foundation;

import java.util.List;

/** A counting rule set with its options and the values a treaty gives them. */
public record RuleSetView(String id, String description, List<Option> options) {
    public RuleSetView {
        options = List.copyOf(options);
    }

    /**
     * One option.
     *
     * @param value the value in effect for the treaty
     * @param fromTreaty whether the treaty sets it (else it is the default)
     */
    public record Option(String name, String description, String value, boolean fromTreaty) {
    }
}
