package org.treatylab.verification.signing;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.Sha256;

/**
 * The public half of a key pair as a small text file ({@code FILE.pub} beside a key written by {@code ledger
 * keygen}): its owner (a party code, or {@code host}), the Ed25519 public key, and the owner's signature over both —
 * a proof that whoever made the file held the private key, so that a ledger registers only keys their holders made.
 *
 * <pre>
 * # TreatyLab public key (Ed25519): give this file to the ledger's host; keep the private key to yourself
 * owner=US
 * public_key=MCowBQYDK2VwAyEA...
 * signature=9f0c...
 * </pre>
 */
public record PublicKeyFile(String owner, PublicKey key, byte[] signature) {
    private static final Pattern OWNER = Pattern.compile("[A-Z]{2,3}|host");

    public PublicKeyFile {
        Objects.requireNonNull(key, "key");
        if (owner == null || !OWNER.matcher(owner).matches()) {
            throw new IllegalArgumentException("owner must be a party code or 'host', got '" + owner + "'");
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The file of a new key pair, signed with its private key. */
    public static PublicKeyFile of(String owner, KeyPair pair) {
        return new PublicKeyFile(owner, pair.getPublic(), Ed25519.sign(pair.getPrivate(), signedBytes(owner,
                pair.getPublic())));
    }

    static byte[] signedBytes(String owner, PublicKey key) {
        return ("treatylab-public-key/v1\n" + owner + "\n" + Ed25519.publicText(key) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** @throws IllegalArgumentException when the signature is not the key holder's over owner and key */
    public void verify() {
        if (!Ed25519.verify(key, signedBytes(owner, key), signature)) {
            throw new IllegalArgumentException("signature: does not verify under the key in the file (the file was "
                    + "not made by the key's holder, or was edited)");
        }
    }

    /** SHA-256 of the key's X.509 encoding, hex: what two people read to each other to compare keys. */
    public String fingerprint() {
        return fingerprint(key);
    }

    public static String fingerprint(PublicKey key) {
        return Hex.of(Sha256.hash(key.getEncoded()));
    }

    /** Whether {@code privateKey} is the private half of this file's key. */
    public boolean matches(PrivateKey privateKey) {
        byte[] probe = "treatylab-key-match/v1".getBytes(StandardCharsets.UTF_8);
        return Ed25519.verify(key, probe, Ed25519.sign(privateKey, probe));
    }

    public String text() {
        return "# TreatyLab public key (Ed25519): give this file to the ledger's host; keep the private key to yourself\n"
                + "owner=" + owner + "\npublic_key=" + Ed25519.publicText(key) + "\nsignature=" + Hex.of(signature) + "\n";
    }

    /**
     * Reads the text of a public key file and checks its signature.
     *
     * @throws IllegalArgumentException naming the line or field that is wrong
     */
    public static PublicKeyFile parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected key=value, got '" + abbreviate(line)
                        + "'");
            }
            String k = line.substring(0, eq);
            if (!k.equals("owner") && !k.equals("public_key") && !k.equals("signature")) {
                throw new IllegalArgumentException("line " + (i + 1) + ": unknown field '" + abbreviate(k) + "'");
            }
            if (fields.put(k, line.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("line " + (i + 1) + ": field '" + k + "' given twice");
            }
        }
        for (String k : new String[] {"owner", "public_key", "signature"}) {
            if (!fields.containsKey(k)) {
                throw new IllegalArgumentException("missing field '" + k + "'");
            }
        }
        PublicKey key = Ed25519.parsePublic(fields.get("public_key"));
        if (!Ed25519.publicText(key).equals(fields.get("public_key"))) {
            throw new IllegalArgumentException("field 'public_key': not in canonical base64");
        }
        byte[] sig;
        try {
            sig = Hex.parseCanonical(fields.get("signature"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'signature': " + e.getMessage());
        }
        PublicKeyFile f = new PublicKeyFile(fields.get("owner"), key, sig);
        f.verify();
        return f;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
