package org.treatylab.verification.merkle;

import java.util.HexFormat;

/** Lower-case hexadecimal text of bytes, the form hashes take in files, JSON and the store. */
public final class Hex {
    private static final HexFormat HEX = HexFormat.of();

    private Hex() {
    }

    public static String of(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /**
     * Parses hex in either case.
     *
     * @throws IllegalArgumentException naming the text when it is not an even number of hex digits
     */
    public static byte[] parse(String text) {
        String t = text.strip();
        if (t.length() % 2 != 0 || !t.chars().allMatch(Hex::isAsciiHex)) {
            throw new IllegalArgumentException("not hex (an even number of 0-9a-f digits): '" + abbreviate(t) + "'");
        }
        return HEX.parseHex(t.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Parses hex exactly as {@link #of} writes it: lower-case digits, nothing around them. The store reads its own
     * columns this way, so that no other spelling of a stored hash passes unnoticed.
     *
     * @throws IllegalArgumentException naming the text when it is not in that form
     */
    public static byte[] parseCanonical(String text) {
        if (text.length() % 2 != 0 || !text.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            throw new IllegalArgumentException("not lower-case hex (an even number of 0-9a-f digits): '"
                    + abbreviate(text) + "'");
        }
        return HEX.parseHex(text);
    }

    /** 0-9, a-f, A-F only: {@link Character#digit} would also take other scripts' digits. */
    private static boolean isAsciiHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** Parses a 32-byte hash in hex, naming the field in the error. */
    public static byte[] hash(String field, String text) {
        byte[] b;
        try {
            b = parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage());
        }
        if (b.length != Sha256.LENGTH) {
            throw new IllegalArgumentException(field + ": a hash has 32 bytes (64 hex digits), got " + b.length);
        }
        return b;
    }

    private static String abbreviate(String t) {
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }
}
