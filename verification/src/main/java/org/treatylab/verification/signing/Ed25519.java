package org.treatylab.verification.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 keys and signatures from the JDK (no provider needed since Java 15), and their text forms: a public key
 * as base64 of its X.509 encoding, a private key as a PEM block of its PKCS#8 encoding.
 */
public final class Ed25519 {
    private static final String PEM_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PEM_END = "-----END PRIVATE KEY-----";

    private Ed25519() {
    }

    public static KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            g.initialize(NamedParameterSpec.ED25519, random);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
        }
    }

    /** True when {@code signature} is a valid signature of {@code message} under {@code key}. */
    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(message);
            return s.verify(signature);
        } catch (SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot verify with this key: " + e.getMessage(), e);
        }
    }

    public static String publicText(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** @throws IllegalArgumentException when the text is not a base64 X.509 Ed25519 public key */
    public static PublicKey parsePublic(String text) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(text.strip())));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: its base64 does not decode ("
                    + e.getMessage() + ")");
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: its X.509 encoding does not decode");
        }
    }

    public static String privatePem(PrivateKey key) {
        return PEM_BEGIN + "\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n" + PEM_END + "\n";
    }

    /** @throws IllegalArgumentException when the text is not a PEM PKCS#8 Ed25519 private key */
    public static PrivateKey parsePrivatePem(String text) {
        String t = text.strip();
        if (!t.startsWith(PEM_BEGIN) || !t.endsWith(PEM_END)) {
            throw new IllegalArgumentException("not a PEM private key (expected " + PEM_BEGIN + ")");
        }
        String body = t.substring(PEM_BEGIN.length(), t.length() - PEM_END.length()).replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 private key: its base64 does not decode ("
                    + e.getMessage() + ")");
        } catch (GeneralSecurityException | RuntimeException e) {
            // the JDK's message names its own classes ("InvalidKeyException: IOException : ..."): not for users
            throw new IllegalArgumentException("not an Ed25519 private key: its PKCS#8 encoding does not decode");
        }
    }
}
