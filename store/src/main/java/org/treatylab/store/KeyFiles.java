package org.treatylab.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.List;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.io.TextFiles;
import org.treatylab.verification.signing.Ed25519;
import org.treatylab.verification.signing.PublicKeyFile;

/** Where parties' private keys and API tokens live, written readable by the owner only. */
public final class KeyFiles {
    private KeyFiles() {
    }

    /** The default key folder: {@code PATH.keys} beside a file database; none for a JDBC URL. */
    public static Path folder(String db, Path keys) {
        if (keys != null) {
            return keys;
        }
        if (Stores.isUrl(db)) {
            throw new InputException("--keys: a JDBC URL database has no default key folder; give --keys DIR or --key FILE");
        }
        return Path.of(db + ".keys");
    }

    public static Path keyFile(Path folder, Party p) {
        return folder.resolve(p.code() + ".key");
    }

    public static Path tokenFile(Path folder, Party p) {
        return folder.resolve(p.code() + ".token");
    }

    /** Creates a file readable and writable by its owner only, failing if it exists. */
    public static void writeOwnerOnly(Path file, String text) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            throw new InputException(file + ": already exists; not overwriting a key");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public static void createFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
    }

    /** The public key file written beside a private key file: {@code FILE.pub}. */
    public static Path publicFile(Path keyFile) {
        return keyFile.resolveSibling(keyFile.getFileName() + ".pub");
    }

    /**
     * Writes a new key pair: the private key to {@code keyFile} (PKCS#8 PEM, owner-only) and its signed public key
     * file to {@code FILE.pub}; neither may exist. Nothing is left behind when it fails.
     */
    public static PublicKeyFile writeKeyPair(Path keyFile, String owner, KeyPair pair) {
        Path pub = publicFile(keyFile);
        for (Path f : List.of(keyFile, pub)) {
            if (Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                throw new InputException(f + ": already exists; not overwriting a key");
            }
        }
        Path parent = keyFile.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new InputException(keyFile + ": the folder does not exist");
        }
        PublicKeyFile file = PublicKeyFile.of(owner, pair);
        boolean done = false;
        try {
            writeOwnerOnly(keyFile, Ed25519.privatePem(pair.getPrivate()));
            Files.writeString(pub, file.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            done = true;
            return file;
        } catch (IOException e) {
            throw new InputException(keyFile + ": cannot write (" + e.getMessage() + ")");
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(keyFile);
                } catch (IOException ignored) {
                    // the first error is the one to report
                }
            }
        }
    }

    /** Reads and checks a public key file ({@code FILE.pub}); a bad one is BAD_INPUT naming the file. */
    public static PublicKeyFile readPublic(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such public key file");
        }
        try {
            return PublicKeyFile.parse(TextFiles.utf8(file.toString(), TextFiles.bytes(file, MAX_KEY_BYTES)));
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
    }

    /** A PEM Ed25519 key is about 120 bytes; a key file is never larger than this. */
    static final long MAX_KEY_BYTES = 16 * 1024;

    public static PrivateKey readKey(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such key file (give --key FILE)");
        }
        try {
            return Ed25519.parsePrivatePem(TextFiles.utf8(file.toString(), TextFiles.bytes(file, MAX_KEY_BYTES)));
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
    }
}
