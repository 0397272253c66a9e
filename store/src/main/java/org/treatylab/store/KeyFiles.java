package org.treatylab.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.io.TextFiles;
import org.treatylab.verification.signing.Ed25519;

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
