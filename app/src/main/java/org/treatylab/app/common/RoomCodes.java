package org.treatylab.app.common;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * Room codes and seat secrets. A room code is what people type or read out to join a game: eight characters of an
 * alphabet without look-alikes (no 0/O, 1/I/L), {@code K7Q2-M9XD}: 31^8, about 8.5e11 codes. A seat secret is 32
 * random bytes in hex: the seat's key, never derivable from the room code.
 */
public final class RoomCodes {
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RoomCodes() {
    }

    /** A new room code. */
    public static String next() {
        return next(RANDOM);
    }

    static String next(RandomGenerator random) {
        StringBuilder sb = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A room code as typed: upper-cased, spaces dropped, the dash put back. */
    public static String normalise(String typed) {
        String s = typed.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        if (s.length() == 8 && s.indexOf('-') < 0 && s.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return s.substring(0, 4) + "-" + s.substring(4);
        }
        return s;
    }

    /** A new seat secret. */
    static String secret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
