package org.treatylab.cli.verification;

import org.treatylab.store.KeyFiles;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.treatylab.cli.UserError;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.store.JdbcLedgerStore;
import org.treatylab.store.Stores;
import org.treatylab.verification.ledger.ApiTokens;
import org.treatylab.verification.signing.Ed25519;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger init}. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create the ledger, one Ed25519 key pair and one API token per party (DIR/<party>.key and "
                + "DIR/<party>.token, owner-only), and register the public keys and token hashes.")
final class LedgerInit implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Option(names = "--parties", required = true, split = ",", paramLabel = "US,RU")
    List<String> parties;

    @Override
    public Integer call() throws Exception {
        LinkedHashSet<Party> ps = new LinkedHashSet<>();
        for (String p : parties) {
            if (!ps.add(LedgerOptions.party(p))) {
                throw UserError.badInput("--parties: " + p + " is listed twice");
            }
        }
        if (ps.size() < 2) {
            throw UserError.badInput("--parties: a ledger needs at least two parties, got " + ps);
        }
        Path folder = KeyFiles.folder(ledger.db, ledger.keys);
        for (Party p : ps) {
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
            for (Party p : ps) {
                keys.put(p, Ed25519.generate(random));
                tokens.put(p, ApiTokens.newToken(random));
                KeyFiles.writeOwnerOnly(KeyFiles.keyFile(folder, p), Ed25519.privatePem(keys.get(p).getPrivate()));
                written.add(KeyFiles.keyFile(folder, p));
                KeyFiles.writeOwnerOnly(KeyFiles.tokenFile(folder, p), tokens.get(p) + "\n");
                written.add(KeyFiles.tokenFile(folder, p));
            }
            try (JdbcLedgerStore store = Stores.open(ledger.db, true)) {
                for (Party p : ps) {
                    store.registerParty(p, keys.get(p).getPublic(), ApiTokens.hash(tokens.get(p)));
                }
            }
            done = true;
        } finally {
            if (!done) {
                undo(written);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("initialised ledger " + LedgerCommand.redact(ledger.db) + " for " + ps);
        for (Party p : ps) {
            out.println("  " + p + ": key " + KeyFiles.keyFile(folder, p) + ", API token " + KeyFiles.tokenFile(folder, p));
        }
        return 0;
    }

    private void undo(List<Path> written) throws IOException {
        for (Path f : written) {
            Files.deleteIfExists(f);
        }
        if (!Stores.isUrl(ledger.db)) {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(ledger.db + suffix));
            }
        }
    }
}
