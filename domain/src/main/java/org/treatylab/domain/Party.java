package org.treatylab.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A state party to a treaty, printed by its short code ({@code US}, {@code RU}, {@code CN}).
 *
 * <p>The USSR and the Russian Federation are one continuing party ({@code RU}): Russia took over the Soviet
 * Union's treaty rights and obligations. Further parties are added as rows of {@link #KNOWN}; reports list parties
 * in that order ({@link #ORDER}: US, RU, CN), whatever order an input names them in.
 */
public record Party(String code, String name) {

    public static final Party US = new Party("US", "United States");
    public static final Party RU = new Party("RU", "Russian Federation (USSR until December 1991)");
    public static final Party CN = new Party("CN", "People's Republic of China");

    /** Every party the parser knows, in report order, with the spellings it accepts (compared without case). */
    private static final List<Known> KNOWN = List.of(
            new Known(US, List.of("US", "USA", "United States")),
            new Known(RU, List.of("RU", "USSR", "Russia", "Russian Federation", "RF")),
            new Known(CN, List.of("CN", "China", "PRC", "People's Republic of China", "CHN")));

    /**
     * Report order: the known parties as listed in {@link #KNOWN} (US, RU, CN), then any other party by its code.
     */
    public static final Comparator<Party> ORDER = Comparator.comparingInt(Party::rank).thenComparing(Party::code);

    public Party {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!code.matches("[A-Z]{2,3}")) {
            throw new IllegalArgumentException("party code must be 2-3 capital letters, got '" + code + "'");
        }
    }

    /** The known parties, in report order. */
    public static List<Party> known() {
        return KNOWN.stream().map(Known::party).toList();
    }

    /**
     * Reads a party from user input: {@code US}, {@code USA}, {@code RU}, {@code USSR}, {@code Russia}, {@code CN},
     * {@code China} or {@code PRC}, in any case.
     *
     * @throws IllegalArgumentException naming the value and the accepted spellings
     */
    public static Party parse(String text) {
        String wanted = text == null ? "" : text.trim();
        for (Known k : KNOWN) {
            for (String alias : k.aliases()) {
                if (alias.equalsIgnoreCase(wanted)) {
                    return k.party();
                }
            }
        }
        throw new IllegalArgumentException("unknown party '" + wanted
                + "' (expected US, USA, RU, USSR, Russia, CN, China or PRC)");
    }

    /** The code in lower case, as used in column prefixes such as {@code us_wh}. */
    public String lowerCode() {
        return code.toLowerCase(Locale.ROOT);
    }

    private int rank() {
        for (int i = 0; i < KNOWN.size(); i++) {
            if (KNOWN.get(i).party().equals(this)) {
                return i;
            }
        }
        return KNOWN.size();
    }

    @Override
    public String toString() {
        return code;
    }

    private record Known(Party party, List<String> aliases) {
    }
}
