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
        if (t.length() % 2 != 0 || !t.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("not hex (an even number of 0-9a-f digits): '" + abbreviate(t) + "'");
        }
        return HEX.parseHex(t.toLowerCase(java.util.Locale.ROOT));
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
