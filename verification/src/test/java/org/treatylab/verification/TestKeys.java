package org.treatylab.verification;

import java.security.KeyPair;
import java.security.SecureRandom;
import org.treatylab.verification.signing.Ed25519;

/** Key pairs for tests, made once per run. */
public final class TestKeys {
    public static final KeyPair US = Ed25519.generate(new SecureRandom());
    public static final KeyPair RU = Ed25519.generate(new SecureRandom());

    private TestKeys() {
    }
}
