package org.treatylab.cli.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.server.ServerOptions;
import org.treatylab.server.TreatyLabServer;
import org.treatylab.verification.signing.PublicKeyFile;

/** {@code ledger keygen}, {@code ledger token} and {@code ledger witness} against a real server. */
class KeysAndWitnessCommandTest {
    @TempDir
    Path dir;

    @Test
    void keygen_writesOwnerOnlyKeyAndSignedPublicFile_neverOverwrites() throws Exception {
        Path key = dir.resolve("us.key");
        Cli r = Cli.run("ledger", "keygen", "--party", "usa", "--out", key.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(Files.readString(key)).startsWith("-----BEGIN PRIVATE KEY-----");
        PublicKeyFile pub = PublicKeyFile.parse(Files.readString(dir.resolve("us.key.pub")));
        assertThat(pub.owner()).isEqualTo("US");
        assertThat(pub.matches(org.treatylab.store.KeyFiles.readKey(key))).isTrue();
        assertThat(r.out()).contains("fingerprint " + pub.fingerprint());
        assertThat(Files.readString(dir.resolve("us.key.pub"))).doesNotContain("PRIVATE");

        Cli again = Cli.run("ledger", "keygen", "--party", "US", "--out", key.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already exists; not overwriting a key");
        Cli noFolder = Cli.run("ledger", "keygen", "--party", "RU", "--out", dir.resolve("none/ru.key").toString());
        assertThat(noFolder.code()).isEqualTo(2);
        assertThat(noFolder.err()).contains("the folder does not exist");
    }

    @Test
    void witness_firstThenExtended_thenRollbackIsExit1WithEvidence() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        String db = data.resolve("ledger.db").toString();
        assertThat(Cli.run("ledger", "init", "--db", db, "--parties", "US,RU").code()).isZero();
        Path items = Files.writeString(dir.resolve("items.csv"), LedgerCommandTest.ITEMS);
        assertThat(Cli.run("ledger", "declare", "--db", db, "--party", "US", "--items", items.toString()).code()).isZero();
        Path token = dir.resolve("observer.token");
        Cli t = Cli.run("ledger", "token", "--db", db, "--role", "observer", "--out", token.toString());
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(token))).isEqualTo("rw-------");
        assertThat(Cli.run("ledger", "token", "--db", db, "--role", "party", "--out", dir.resolve("x").toString())
                .err()).contains("--role: only 'observer'");

        Path hostKey = dir.resolve("host/host.key");
        Files.createDirectories(hostKey.getParent());
        Path state = dir.resolve("witness.state");
        ServerOptions o = ServerOptions.defaults().withPort(0).withDb(db).withHostKey(hostKey);
        try (TreatyLabServer s = TreatyLabServer.start(o)) {
            String url = "http://127.0.0.1:" + s.port();
            Cli first = Cli.run("ledger", "witness", "--server", url, "--state", state.toString(), "--token-file",
                    token.toString());
            assertThat(first.code()).as(first.err()).isZero();
            assertThat(first.out()).startsWith("ok: 6 entries, root ").contains("first head seen; host key "
                    + s.hostKey().logId());
            Cli same = Cli.run("ledger", "witness", "--server", url, "--state", state.toString(), "--token-file",
                    token.toString());
            assertThat(same.out()).contains("unchanged since the last head seen");
        }
        assertThat(Cli.run("ledger", "notify", "--db", db, "--party", "US", "--uid", "US-M3", "--event", "move",
                "--to", "Malmstrom").code()).isZero();
        try (TreatyLabServer s = TreatyLabServer.start(o)) {
            Cli grown = Cli.run("ledger", "witness", "--server", "http://127.0.0.1:" + s.port(), "--state",
                    state.toString(), "--token-file", token.toString());
            assertThat(grown.code()).as(grown.err()).isZero();
            assertThat(grown.out()).startsWith("ok: 7 entries").contains("consistent with the head of 6 entries");
        }
        // the host drops the last batch (entry 6; entries 0-1 register the parties, 2-5 declare): the next head it
        // signs is smaller than one it signed before
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("DELETE FROM private_parts WHERE seq = 6");
            c.createStatement().execute("DELETE FROM nonces WHERE seq = 6");
            c.createStatement().execute("DELETE FROM entries WHERE seq = 6");
            c.createStatement().execute("DELETE FROM batches WHERE first_seq = 6");
        }
        try (TreatyLabServer s = TreatyLabServer.start(o)) {
            Cli rolled = Cli.run("ledger", "witness", "--server", "http://127.0.0.1:" + s.port(), "--state",
                    state.toString(), "--token-file", token.toString());
            assertThat(rolled.code()).isEqualTo(1);
            assertThat(rolled.err()).startsWith("error: rollback: the host now signs a log of 6 entries");
            assertThat(Files.readString(dir.resolve("witness.state.evidence"))).contains("tree_size=7")
                    .contains("tree_size=6");
            assertThat(Files.readString(state)).contains("tree_size=7");
        }
    }

    @Test
    void witness_hostRewritesAnOldEntry_isAForkExit1() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        String db = data.resolve("ledger.db").toString();
        assertThat(Cli.run("ledger", "init", "--db", db, "--parties", "US,RU").code()).isZero();
        Path items = Files.writeString(dir.resolve("items.csv"), LedgerCommandTest.ITEMS);
        assertThat(Cli.run("ledger", "declare", "--db", db, "--party", "US", "--items", items.toString()).code()).isZero();
        assertThat(Cli.run("ledger", "notify", "--db", db, "--party", "US", "--uid", "US-M3", "--event", "move",
                "--to", "Malmstrom").code()).isZero();
        Path token = dir.resolve("observer.token");
        assertThat(Cli.run("ledger", "token", "--db", db, "--role", "observer", "--out", token.toString()).code())
                .isZero();
        Path state = dir.resolve("witness.state");
        ServerOptions o = ServerOptions.defaults().withPort(0).withDb(db)
                .withHostKey(Files.createDirectories(dir.resolve("host")).resolve("host.key"));
        try (TreatyLabServer s = TreatyLabServer.start(o)) {
            assertThat(Cli.run("ledger", "witness", "--server", "http://127.0.0.1:" + s.port(), "--state",
                    state.toString(), "--token-file", token.toString()).out()).startsWith("ok: 7 entries");
        }
        // The host (which today holds the parties' keys beside the database) rewrites history from entry 2 on: the
        // declaration says 2 warheads on US-M1 instead of 1, every later entry is written again and one more is
        // added, all validly signed and chained. Only a witness holding an older signed head can tell.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            for (String t : new String[] {"private_parts", "nonces", "entries"}) {
                c.createStatement().execute("DELETE FROM " + t + " WHERE seq >= 2");
            }
            c.createStatement().execute("DELETE FROM batches WHERE first_seq >= 2");
        }
        Path altered = Files.writeString(dir.resolve("altered.csv"), LedgerCommandTest.ITEMS.replace(
                "US-M1,Minuteman III,ICBM,deployed,Malmstrom,1", "US-M1,Minuteman III,ICBM,deployed,Malmstrom,2"));
        assertThat(Cli.run("ledger", "declare", "--db", db, "--party", "US", "--items", altered.toString()).code())
                .isZero();
        assertThat(Cli.run("ledger", "notify", "--db", db, "--party", "US", "--uid", "US-M3", "--event", "move",
                "--to", "Malmstrom").code()).isZero();
        assertThat(Cli.run("ledger", "notify", "--db", db, "--party", "US", "--uid", "US-M3", "--event", "move",
                "--to", "Hill").code()).isZero();
        assertThat(Cli.run("ledger", "verify", "--db", db).code()).as("the rewritten ledger verifies on its own")
                .isZero();
        try (TreatyLabServer s = TreatyLabServer.start(o)) {
            Cli w = Cli.run("ledger", "witness", "--server", "http://127.0.0.1:" + s.port(), "--state",
                    state.toString(), "--token-file", token.toString());
            assertThat(w.code()).isEqualTo(1);
            assertThat(w.err()).startsWith("error: fork: the log of 8 entries").contains("does not extend the log of 7 "
                    + "entries seen before");
            assertThat(Files.readString(dir.resolve("witness.state.evidence"))).contains("tree_size=7")
                    .contains("tree_size=8");
        }
    }

    @Test
    void serve_hostKeyInsideTheDatabaseFolder_isRefused() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Cli r = Cli.run("serve", "--port", "0", "--db", data.resolve("t.db").toString(), "--host-key",
                data.resolve("host.key").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("inside the database's folder");
    }

    @Test
    void witness_withoutToken_orBadServer_isExit2() {
        Cli r = Cli.run("ledger", "witness", "--server", "ftp://x", "--state", dir.resolve("s").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--server: expected http://");
    }
}
