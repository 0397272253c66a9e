package org.treatylab.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A state party to a treaty, printed by its short code ({@code US}, {@code RU}).
 *
 * <p>The USSR and the Russian Federation are one continuing party ({@code RU}): Russia took over the Soviet
 * Union's treaty rights and obligations. Further parties are added as rows of {@link #KNOWN}.
 */
public record Party(String code, String name) {

    public static final Party US = new Party("US", "United States");
    public static final Party RU = new Party("RU", "Russian Federation (USSR until December 1991)");

    /** Every party the parser knows, with the spellings it accepts (compared without case). */
    private static final Map<Party, List<String>> KNOWN = Map.of(
            US, List.of("US", "USA", "United States"),
            RU, List.of("RU", "USSR", "Russia", "Russian Federation", "RF"));

    public Party {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!code.matches("[A-Z]{2,3}")) {
            throw new IllegalArgumentException("party code must be 2-3 capital letters, got '" + code + "'");
        }
    }

    /**
     * Reads a party from user input: {@code US}, {@code USA}, {@code RU}, {@code USSR} or {@code Russia}, in any case.
     *
     * @throws IllegalArgumentException naming the value and the accepted spellings
     */
    public static Party parse(String text) {
        String wanted = text == null ? "" : text.trim();
        for (Map.Entry<Party, List<String>> e : KNOWN.entrySet()) {
            for (String alias : e.getValue()) {
                if (alias.equalsIgnoreCase(wanted)) {
                    return e.getKey();
                }
            }
        }
        throw new IllegalArgumentException("unknown party '" + wanted + "' (expected US, USA, RU, USSR or Russia)");
    }

    /** The code in lower case, as used in column prefixes such as {@code us_wh}. */
    public String lowerCode() {
        return code.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return code;
    }
}
