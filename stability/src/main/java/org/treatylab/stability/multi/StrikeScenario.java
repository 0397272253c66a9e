package org.treatylab.stability.multi;

import java.util.Locale;

/** Which first strike a party's survivability is judged against when more than one other party could strike. */
public enum StrikeScenario {
    /** The worse of the strikes by each other party alone (the default). */
    WORSE_SINGLE,
    /** All other parties striking together, their weapons pooled against one target set. */
    JOINT;

    /** The name in scenario files and options: {@code worse-single} or {@code joint}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses {@code worse-single} or {@code joint}. @throws IllegalArgumentException naming the value */
    public static StrikeScenario parse(String text) {
        for (StrikeScenario s : values()) {
            if (s.key().equals(text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("first strike scenario: expected worse-single or joint, got '" + text + "'");
    }
}
