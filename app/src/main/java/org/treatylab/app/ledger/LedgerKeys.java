package org.treatylab.app.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.LinkedHashSet;
import java.util.List;
import org.treatylab.app.common.AppException;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.store.KeyFiles;
import org.treatylab.store.LedgerSetup;
import org.treatylab.store.Stores;

/**
 * Where the parties' keys are: a key file given with a request, else the key folder ({@code PATH.keys} beside a file
 * database, none for a JDBC URL unless given). A missing key is the user's input on the command line and the
 * server's configuration (UNAVAILABLE) over HTTP.
 */
final class LedgerKeys {
    private final Path folder;
    private final boolean serverKeys;

    /**
     * @param folder the key folder, or null when none
     * @param serverKeys whether the server holds the keys (a missing key is then UNAVAILABLE)
     */
    LedgerKeys(Path folder, boolean serverKeys) {
        this.folder = folder;
        this.serverKeys = serverKeys;
    }

    /** The command line's keys for {@code db}: {@code keys}, else the folder beside a file database. */
    static LedgerKeys forCommandLine(String db, Path keys) {
        return new LedgerKeys(keys != null ? keys : Stores.isUrl(db) ? null : Path.of(db + ".keys"), false);
    }

    /** The default key folder of a database: {@code PATH.keys} beside a file, none for a JDBC URL. */
    static Path defaultFolder(String db) {
        return Stores.isUrl(db) ? null : KeyFiles.folder(db, null);
    }

    /** Creates the ledger at {@code db} with one key pair and API token per party (at least two, distinct). */
    static InitResult init(String db, Path keys, List<Party> parties) {
        LinkedHashSet<Party> distinct = new LinkedHashSet<>();
        for (Party p : parties) {
            if (!distinct.add(p)) {
                throw new InputException("--parties: " + p + " is listed twice");
            }
        }
        if (distinct.size() < 2) {
            throw new InputException("--parties: a ledger needs at least two parties, got " + distinct);
        }
        Path folder = KeyFiles.folder(db, keys);
        LedgerSetup.init(db, folder, List.copyOf(distinct));
        return new InitResult(distinct.stream().map(p -> new InitResult.PartyFiles(p.code(), KeyFiles.keyFile(folder, p),
                KeyFiles.tokenFile(folder, p))).toList());
    }

    /**
     * Creates the ledger at {@code db} from the parties' public key files (one per party, each party listed once, at
     * least two): API tokens to the key folder, keys waiting for each party to sign its registration.
     */
    static InitResult initFromPublicKeys(String db, Path keys, List<Party> parties, java.util.Map<Party, Path> files) {
        LinkedHashSet<Party> distinct = new LinkedHashSet<>();
        for (Party p : parties) {
            if (!distinct.add(p)) {
                throw new InputException("--parties: " + p + " is listed twice");
            }
        }
        if (distinct.size() < 2) {
            throw new InputException("--parties: a ledger needs at least two parties, got " + distinct);
        }
        if (!files.keySet().equals(distinct)) {
            throw new InputException("--public-key: give one for each party of --parties " + distinct + ", got "
                    + files.keySet());
        }
        java.util.Map<Party, org.treatylab.verification.signing.PublicKeyFile> read = new java.util.LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Party p : distinct) {
            var f = KeyFiles.readPublic(files.get(p));
            if (!f.owner().equals(p.code())) {
                throw new InputException("--public-key " + p + "=" + files.get(p) + ": the file is " + f.owner()
                        + "'s key, not " + p + "'s");
            }
            if (!seen.add(f.fingerprint())) {
                throw new InputException("--public-key " + p + "=" + files.get(p) + ": the same key as another party's");
            }
            read.put(p, f);
        }
        Path folder = KeyFiles.folder(db, keys);
        LedgerSetup.initFromPublicKeys(db, folder, read);
        return new InitResult(distinct.stream().map(p -> new InitResult.PartyFiles(p.code(), null,
                KeyFiles.tokenFile(folder, p))).toList());
    }

    /** A party's private key: {@code keyFile}, else the key folder's. */
    PrivateKey privateKey(Party p, Path keyFile) {
        if (keyFile != null) {
            return KeyFiles.readKey(keyFile);
        }
        if (folder == null) {
            if (serverKeys) {
                throw new AppException(ErrorKind.UNAVAILABLE, "the server has no key folder; start it with a file "
                        + "database or --keys");
            }
            throw new InputException("--keys: a JDBC URL database has no default key folder; give --keys DIR or --key "
                    + "FILE");
        }
        Path file = KeyFiles.keyFile(folder, p);
        if (serverKeys && !Files.isRegularFile(file)) {
            throw new AppException(ErrorKind.UNAVAILABLE, "the server holds no key for " + p + " (" + file.getFileName()
                    + ")");
        }
        return KeyFiles.readKey(file);
    }
}
