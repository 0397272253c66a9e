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
    /** The most re-entry vehicles one item may carry (no missile carries more than a few dozen). */
    public static final long MAX_WARHEADS = 1000;
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
        if (warheads < 0 || warheads > MAX_WARHEADS) {
            throw new IllegalArgumentException("warheads must be 0-" + MAX_WARHEADS + ", got " + warheads);
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

    private static final byte[] PREFIX = "item/v1|".getBytes(StandardCharsets.UTF_8);
    private static final byte[][] CATEGORIES = utf8(Category.values(), Category::name);
    private static final byte[][] STATUSES = utf8(ItemStatus.values(), ItemStatus::label);

    private static <E extends Enum<E>> byte[][] utf8(E[] values, java.util.function.Function<E, String> text) {
        byte[][] out = new byte[values.length][];
        for (E v : values) {
            out[v.ordinal()] = text.apply(v).getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    /**
     * Writes {@link #canonicalBytes()} into {@code buf} from {@code offset} without building the whole string, and
     * returns the end offset, or -1 when the encoding does not fit (then call {@link #canonicalBytes()}).
     */
    public int encodeInto(byte[] buf, int offset) {
        int at = put(PREFIX, buf, offset);
        at = knownAscii(party.code(), buf, at);
        at = separator(buf, at);
        at = knownAscii(uid, buf, at);
        at = separator(buf, at);
        at = put(name(system), buf, at);
        at = separator(buf, at);
        at = put(CATEGORIES[category.ordinal()], buf, at);
        at = separator(buf, at);
        at = put(STATUSES[status.ordinal()], buf, at);
        at = separator(buf, at);
        at = put(name(facility), buf, at);
        at = separator(buf, at);
        return digits(warheads, buf, at);
    }

    /**
     * System and facility names in UTF-8. A declaration has a few of each among up to millions of items, so their
     * encodings are kept (at most {@link #CACHED_NAMES}; the arrays are never handed out).
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, byte[]> NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHED_NAMES = 4096;

    private static byte[] name(String s) {
        byte[] b = NAMES.get(s);
        if (b == null) {
            b = s.getBytes(StandardCharsets.UTF_8);
            if (NAMES.size() < CACHED_NAMES) {
                NAMES.putIfAbsent(s, b);
            }
        }
        return b;
    }

    private static int put(byte[] b, byte[] buf, int at) {
        if (at < 0 || at + b.length > buf.length) {
            return -1;
        }
        System.arraycopy(b, 0, buf, at, b.length);
        return at + b.length;
    }

    private static int separator(byte[] buf, int at) {
        if (at < 0 || at >= buf.length) {
            return -1;
        }
        buf[at] = '|';
        return at + 1;
    }

    /** A string known to be ASCII (the uid pattern, a party code): a straight copy of its characters. */
    @SuppressWarnings("deprecation")
    private static int knownAscii(String s, byte[] buf, int at) {
        if (at < 0 || at + s.length() > buf.length) {
            return -1;
        }
        s.getBytes(0, s.length(), buf, at);
        return at + s.length();
    }

    /** The decimal digits of {@code v} (at least 0, as the record guarantees). */
    private static int digits(long v, byte[] buf, int at) {
        if (at < 0) {
            return -1;
        }
        if (v < 10 && at < buf.length) {
            buf[at] = (byte) ('0' + (int) v);
            return at + 1;
        }
        int n = 1;
        for (long x = v; x >= 10; x /= 10) {
            n++;
        }
        if (at + n > buf.length) {
            return -1;
        }
        long x = v;
        for (int i = at + n - 1; i >= at; i--) {
            buf[i] = (byte) ('0' + (int) (x % 10));
            x /= 10;
        }
        return at + n;
    }

    public Item withStatus(ItemStatus s, long newWarheads) {
        return new Item(party, uid, system, category, s, facility, newWarheads);
    }

    public Item atFacility(String f) {
        return new Item(party, uid, system, category, status, f, warheads);
    }
}
