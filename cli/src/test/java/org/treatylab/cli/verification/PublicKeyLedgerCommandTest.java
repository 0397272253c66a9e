package org.treatylab.cli.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.server.ServerOptions;
import org.treatylab.server.TreatyLabServer;
import org.treatylab.store.KeyFiles;

/**
 * A shared ledger made from the parties' public keys: each party makes its key on its own machine, the host makes the
 * ledger from the public halves, each party signs its own registration and its declarations; the host's folder never
 * holds a party's private key.
 */
class PublicKeyLedgerCommandTest {
    @TempDir
    Path dir;

    @Test
    void keygenInitRegisterDeclare_noPrivateKeyEverInTheDatabaseFolder() throws Exception {
        Path us = Files.createDirectories(dir.resolve("us")).resolve("us.key");
        Path ru = Files.createDirectories(dir.resolve("ru")).resolve("ru.key");
        assertThat(Cli.run("ledger", "keygen", "--party", "US", "--out", us.toString()).code()).isZero();
        assertThat(Cli.run("ledger", "keygen", "--party", "RU", "--out", ru.toString()).code()).isZero();
        Path data = Files.createDirectories(dir.resolve("data"));
        String db = data.resolve("ledger.db").toString();

        Cli swapped = Cli.run("ledger", "init", "--db", db, "--parties", "US,RU", "--public-key", "US=" + ru + ".pub",
                "--public-key", "RU=" + us + ".pub");
        assertThat(swapped.code()).isEqualTo(2);
        assertThat(swapped.err()).contains("the file is RU's key, not US's");
        Cli missing = Cli.run("ledger", "init", "--db", db, "--parties", "US,RU", "--public-key", "US=" + us + ".pub");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("give one for each party");
        assertThat(Files.exists(Path.of(db))).isFalse();

        Cli init = Cli.run("ledger", "init", "--db", db, "--parties", "US,RU", "--public-key", "US=" + us + ".pub",
                "--public-key", "RU=" + ru + ".pub");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("from their public keys");
        Path keys = Path.of(db + ".keys");
        try (Stream<Path> files = Files.list(keys)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly("RU.token",
                    "US.token");
        }
        ServerOptions o = ServerOptions.defaults().withPort(0).withDb(db)
                .withHostKey(Files.createDirectories(dir.resolve("host")).resolve("host.key"));
        try (TreatyLabServer s = TreatyLabServer.start(o)) {
            String url = "http://127.0.0.1:" + s.port();
            // RU's token with US's key: the host prepares RU's registration of RU's key; the client refuses to sign it
            Cli wrongKey = Cli.run("ledger", "register", "--server", url, "--party", "RU", "--key", us.toString(),
                    "--token-file", keys.resolve("RU.token").toString());
            assertThat(wrongKey.code()).isEqualTo(1);
            assertThat(wrongKey.err()).contains("refusing to sign").contains("the registration is not of this key");
            for (var p : List.of(new String[] {"US", us.toString()}, new String[] {"RU", ru.toString()})) {
                Cli r = Cli.run("ledger", "register", "--server", url, "--party", p[0], "--key", p[1], "--token-file",
                        keys.resolve(p[0] + ".token").toString());
                assertThat(r.code()).as(r.err()).isZero();
                assertThat(r.out()).startsWith("registered " + p[0] + "'s key (entry ");
            }
            Cli again = Cli.run("ledger", "register", "--server", url, "--party", "US", "--key", us.toString(),
                    "--token-file", keys.resolve("US.token").toString());
            assertThat(again.code()).isEqualTo(2);
            assertThat(again.err()).contains("404").contains("waits for no registration of US");
            Path items = Files.writeString(dir.resolve("items.csv"), LedgerCommandTest.ITEMS);
            Cli d = Cli.run("ledger", "declare", "--server", url, "--party", "US", "--key", us.toString(),
                    "--token-file", keys.resolve("US.token").toString(), "--items", items.toString());
            assertThat(d.code()).as(d.err()).isZero();
            assertThat(d.out()).startsWith("declared 4 items of US (entries 2..5)");
        }
        assertThat(Cli.run("ledger", "verify", "--db", db).out()).startsWith("ok: 6 entries");
        // no file in the host's database folder holds a party's private key, in PEM or as raw bytes
        for (Path key : List.of(us, ru)) {
            String pem = Files.readString(key);
            String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            byte[] der = java.util.Base64.getDecoder().decode(body);
            String seedHex = HexFormat.of().formatHex(der, der.length - 32, der.length);
            byte[] seed = HexFormat.of().parseHex(seedHex);
            try (Stream<Path> all = Files.walk(data)) {
                for (Path f : all.filter(Files::isRegularFile).toList()) {
                    byte[] bytes = Files.readAllBytes(f);
                    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
                    assertThat(text).as(f.toString()).doesNotContain(body.substring(16, 48)).doesNotContain(seedHex)
                            .doesNotContain(new String(seed, java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
            assertThat(KeyFiles.readPublic(KeyFiles.publicFile(key)).matches(KeyFiles.readKey(key))).isTrue();
        }
    }
}
