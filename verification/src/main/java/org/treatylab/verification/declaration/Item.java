package org.treatylab.verification.declaration;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import org.treatylab.domain.Category;
import org.treatylab.domain.Party;

/**
 * One declared ICBM, SLBM or heavy bomber (with its launcher) under its unique identifier.
 *
 * @param warheads re-entry vehicles emplaced; only a deployed item carries any
 */
public record Item(Party party, String uid, String system, Category category, ItemStatus status, String facility,
        long warheads) {
    private static final Pattern UID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");
    private static final Pattern NAME = Pattern.compile("[^|\\p{Cntrl},]{1,80}");

    public Item {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        if (uid == null || !UID.matcher(uid).matches()) {
            throw new IllegalArgumentException("uid must be 1-64 letters, digits or . _ : / - (starting with a letter "
                    + "or digit), got '" + uid + "'");
        }
        system = requireName("system", system);
        facility = requireName("facility", facility);
        if (warheads < 0) {
            throw new IllegalArgumentException("warheads must not be negative, got " + warheads);
        }
        if (warheads > 0 && status != ItemStatus.DEPLOYED) {
            throw new IllegalArgumentException("item " + uid + " is " + status.label()
                    + ": only a deployed item carries warheads, got " + warheads);
        }
        if (warheads > 0 && category.isBomber()) {
            throw new IllegalArgumentException("item " + uid + " is a heavy bomber: emplaced warheads apply to "
                    + "missiles, got " + warheads);
        }
    }

    private static String requireName(String field, String value) {
        String v = value == null ? "" : value.trim();
        if (!NAME.matcher(v).matches()) {
            throw new IllegalArgumentException(field + " must be 1-80 characters without '|', ',' or control "
                    + "characters, got '" + value + "'");
        }
        return v;
    }

    /**
     * The canonical encoding committed to: fixed field order, '|' separated, UTF-8. The fields cannot contain
     * '|', so two different items never share an encoding.
     */
    public byte[] canonicalBytes() {
        return ("item/v1|" + party.code() + "|" + uid + "|" + system + "|" + category.name() + "|" + status.label()
                + "|" + facility + "|" + warheads).getBytes(StandardCharsets.UTF_8);
    }

    public Item withStatus(ItemStatus s, long newWarheads) {
        return new Item(party, uid, system, category, s, facility, newWarheads);
    }

    public Item atFacility(String f) {
        return new Item(party, uid, system, category, status, f, warheads);
    }
}
