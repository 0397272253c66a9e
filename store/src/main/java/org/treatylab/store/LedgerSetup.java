package org.treatylab.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.verification.ledger.ApiTokens;
import org.treatylab.verification.ledger.EntryKind;
import org.treatylab.verification.ledger.Ledger;
import org.treatylab.verification.ledger.Nonces;
import org.treatylab.verification.ledger.Registrations;
import org.treatylab.verification.signing.Ed25519;

/**
 * Creates a ledger: the store (migrated), one Ed25519 key pair and one API token per party — private keys and
 * tokens written owner-only to the key folder, public keys and token hashes registered in the store's log (one signed
 * registration entry per party, from which the parties table is written). Nothing is left behind when it fails.
 */
public final class LedgerSetup {
    private LedgerSetup() {
    }

    /** @return each party's API token (also written to {@code folder/<party>.token}) */
    public static Map<Party, String> init(String db, Path folder, List<Party> parties) {
        for (Party p : parties) {
            for (Path f : List.of(KeyFiles.keyFile(folder, p), KeyFiles.tokenFile(folder, p))) {
                if (Files.exists(f)) {
                    throw new InputException(f + ": already exists; not overwriting a key");
                }
            }
        }
        SecureRandom random = new SecureRandom();
        Map<Party, KeyPair> keys = new LinkedHashMap<>();
        Map<Party, String> tokens = new LinkedHashMap<>();
        List<Path> written = new ArrayList<>();
        boolean done = false;
        try {
            KeyFiles.createFolder(folder);
            for (Party p : parties) {
                keys.put(p, Ed25519.generate(random));
                tokens.put(p, ApiTokens.newToken(random));
                KeyFiles.writeOwnerOnly(KeyFiles.keyFile(folder, p), Ed25519.privatePem(keys.get(p).getPrivate()));
                written.add(KeyFiles.keyFile(folder, p));
                KeyFiles.writeOwnerOnly(KeyFiles.tokenFile(folder, p), tokens.get(p) + "\n");
                written.add(KeyFiles.tokenFile(folder, p));
            }
            try (JdbcLedgerStore store = Stores.open(db, true)) {
                Ledger ledger = Ledger.open(store, Clock.systemUTC());
                Ledger.Ticket last = null;
                for (Party p : parties) {
                    last = ledger.prepare(p, keys.get(p).getPrivate(), Nonces.fresh(), List.of(new Ledger.Draft(
                            EntryKind.REGISTRATION, Registrations.payload(keys.get(p).getPublic(),
                                    ApiTokens.hash(tokens.get(p))), null)));
                }
                ledger.commit(last); // every party's registration in one transaction
            }
            done = true;
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!done) {
                undo(db, written);
            }
        }
    }

    private static void undo(String db, List<Path> written) {
        try {
            for (Path f : written) {
                Files.deleteIfExists(f);
            }
            if (!Stores.isUrl(db)) {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Files.deleteIfExists(Path.of(db + suffix));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
