package org.treatylab.app.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import org.treatylab.domain.InputException;
import org.treatylab.store.KeyFiles;
import org.treatylab.store.Stores;
import org.treatylab.verification.signing.Ed25519;
import org.treatylab.verification.signing.PublicKeyFile;
import org.treatylab.verification.witness.LogHead;
import org.treatylab.verification.witness.SignedLogHead;

/**
 * The host's own key, with which it signs heads of the ledger's log for witnesses. It lives outside the database's
 * folder — whoever copies or rewrites the database must not get it with the data — and is made on first start.
 */
public final class HostKey {
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final Path file;
    private final boolean created;

    private HostKey(PrivateKey privateKey, PublicKey publicKey, Path file, boolean created) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.file = file;
        this.created = created;
    }

    /**
     * The host key in {@code file} (with its public key file {@code FILE.pub}), made there when neither exists.
     *
     * @param db the database the host serves: a SQLite file's folder may not hold the key
     * @throws InputException naming the file when it is inside the database's folder, unreadable, or does not match
     *     its public key file
     */
    public static HostKey load(Path file, String db) {
        if (!Stores.isUrl(db)) {
            Path folder = Path.of(db).toAbsolutePath().normalize().getParent();
            Path key = file.toAbsolutePath().normalize();
            if (folder != null && key.startsWith(folder)) {
                throw new InputException("--host-key: " + file + " is inside the database's folder " + folder
                        + "; keep the host key elsewhere, so that a copy of the database does not carry it");
            }
        }
        Path pub = KeyFiles.publicFile(file);
        if (!Files.exists(file) && !Files.exists(pub)) {
            PublicKeyFile made = KeyFiles.writeKeyPair(file, "host", Ed25519.generate(new SecureRandom()));
            return new HostKey(KeyFiles.readKey(file), made.key(), file, true);
        }
        PrivateKey k = KeyFiles.readKey(file);
        PublicKeyFile p = KeyFiles.readPublic(pub);
        if (!p.owner().equals("host")) {
            throw new InputException(pub + ": owner is " + p.owner() + ", expected host");
        }
        if (!p.matches(k)) {
            throw new InputException(file + ": does not match its public key file " + pub);
        }
        return new HostKey(k, p.key(), file, false);
    }

    /** A host key held in memory only (tests). */
    public static HostKey of(java.security.KeyPair pair) {
        return new HostKey(pair.getPrivate(), pair.getPublic(), null, false);
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The log's id: the fingerprint of the host key. */
    public String logId() {
        return PublicKeyFile.fingerprint(publicKey);
    }

    public Path file() {
        return file;
    }

    /** Whether this start made the key. */
    public boolean created() {
        return created;
    }

    SignedLogHead sign(LogHead head) {
        return SignedLogHead.sign(head, privateKey);
    }
}
