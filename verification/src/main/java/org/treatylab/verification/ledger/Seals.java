package org.treatylab.verification.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.Sha256;

/**
 * The two fields the ledger adds to every entry's public payload, under the batch's signature: {@code private_sha256},
 * the SHA-256 of the entry's private part as stored (binding the owner-only row to its entry; the part holds a fresh
 * salt, so the hash says nothing of the items), and {@code nonce}, the write's nonce (see {@link Nonces}).
 */
public final class Seals {
    public static final String PRIVATE_SHA256 = "private_sha256";
    public static final String NONCE = "nonce";

    private Seals() {
    }

    /** The payload as written: the regime's fields, then the private part's hash (if any), then the nonce. */
    static Fields seal(Fields payload, Fields privatePart, String nonce) {
        Fields.Builder b = Fields.builder().putAll(payload);
        if (privatePart != null) {
            b.put(PRIVATE_SHA256, sha256(privatePart.encode()));
        }
        return b.put(NONCE, nonce).build();
    }

    static String sha256(String storedText) {
        return Hex.of(Sha256.hash(storedText.getBytes(StandardCharsets.UTF_8)));
    }

    /** One write in a batch: a run of consecutive entries carrying the same nonce, from {@code firstSeq}. */
    public record Write(String nonce, long firstSeq) {
    }

    /**
     * The writes of a batch's entries (a batch may hold several writes of its party, each with its own nonce).
     *
     * @throws VerificationException when an entry has no nonce of the accepted form
     */
    public static java.util.List<Write> writes(java.util.List<Entry> entries) {
        java.util.List<Write> out = new java.util.ArrayList<>();
        String last = null;
        for (Entry e : entries) {
            String n = nonce(e);
            if (!n.equals(last)) {
                out.add(new Write(n, e.seq()));
                last = n;
            }
        }
        return out;
    }

    /** The entry's nonce. @throws VerificationException when it has none or one of the wrong form */
    public static String nonce(Entry e) {
        String n = e.payload().get(NONCE).orElseThrow(() -> new VerificationException("nonce: the entry carries none"));
        try {
            return Nonces.check(n);
        } catch (IllegalArgumentException x) {
            throw new VerificationException("nonce: " + x.getMessage());
        }
    }

    /**
     * Checks that an entry and the private part stored for it belong together: its kind has one exactly when a part
     * is given, and the part's stored text hashes to the entry's {@code private_sha256}.
     *
     * @param storedText the private part's text as stored, or empty when none is stored
     */
    static void checkBinding(Entry e, Optional<String> storedText) {
        Optional<String> bound = e.payload().get(PRIVATE_SHA256);
        if (!e.kind().hasPrivatePart()) {
            if (bound.isPresent() || storedText.isPresent()) {
                throw new VerificationException("private part: a " + e.kind().label() + " entry has none, but one is "
                        + (bound.isPresent() ? "bound to it" : "stored for it"));
            }
            return;
        }
        if (bound.isEmpty()) {
            throw new VerificationException("private part: the entry carries no " + PRIVATE_SHA256 + " binding");
        }
        if (storedText.isEmpty()) {
            throw new VerificationException("private part: missing (a " + e.kind().label() + " commits to one)");
        }
        String computed = sha256(storedText.get());
        if (!MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
                bound.get().getBytes(StandardCharsets.US_ASCII))) {
            throw VerificationException.mismatch("private part: sha256", computed, bound.get());
        }
    }
}
