package org.treatylab.cli.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.server.ServerOptions;
import org.treatylab.server.TreatyLabServer;

/** {@code ledger declare --server URL --key FILE}: the server prepares, this client checks and signs. */
class RemoteDeclareCommandTest {
    @TempDir
    Path dir;

    @Test
    void declare_throughTheServer_signedHere_otherKeyRefused() throws Exception {
        String db = dir.resolve("ledger.db").toString();
        assertThat(Cli.run("ledger", "init", "--db", db, "--parties", "US,RU").code()).isZero();
        Path keys = Path.of(db + ".keys");
        Path items = Files.writeString(dir.resolve("items.csv"), LedgerCommandTest.ITEMS);
        try (TreatyLabServer s = TreatyLabServer.start(ServerOptions.defaults().withPort(0).withDb(db))) {
            String url = "http://127.0.0.1:" + s.port();
            Cli wrong = Cli.run("ledger", "declare", "--server", url, "--party", "US", "--key",
                    keys.resolve("RU.key").toString(), "--token-file", keys.resolve("US.token").toString(), "--items",
                    items.toString());
            assertThat(wrong.code()).isEqualTo(1);
            assertThat(wrong.err()).startsWith("error: ").contains("409").contains("does not verify under US's "
                    + "registered key");
            Cli ok = Cli.run("ledger", "declare", "--server", url, "--party", "US", "--key",
                    keys.resolve("US.key").toString(), "--token-file", keys.resolve("US.token").toString(), "--items",
                    items.toString(), "--nonce", "remote-declare-1");
            assertThat(ok.code()).as(ok.err()).isZero();
            assertThat(ok.out()).isEqualTo("declared 4 items of US (entries 2..5), signed here with "
                    + keys.resolve("US.key") + "\n");
            Cli replay = Cli.run("ledger", "declare", "--server", url, "--party", "US", "--key",
                    keys.resolve("US.key").toString(), "--token-file", keys.resolve("US.token").toString(), "--items",
                    items.toString(), "--nonce", "remote-declare-1");
            assertThat(replay.code()).isEqualTo(1);
            assertThat(replay.err()).contains("409").contains("remote-declare-1");
            // the client refuses to sign for another party than its token's
            Path more = Files.writeString(dir.resolve("more.csv"), "uid,system,category,status,facility,warheads\n"
                    + "X-1,Minuteman III,ICBM,deployed,Malmstrom,1\n");
            Cli other = Cli.run("ledger", "declare", "--server", url, "--party", "RU", "--key",
                    keys.resolve("RU.key").toString(), "--token-file", keys.resolve("US.token").toString(), "--items",
                    more.toString());
            assertThat(other.code()).isEqualTo(1);
            assertThat(other.err()).isEqualTo("error: refusing to sign what the host prepared: the bytes are a batch "
                    + "of US, not of RU\n");
        }
        assertThat(Cli.run("ledger", "verify", "--db", db).out()).startsWith("ok: 6 entries");
        Cli both = Cli.run("ledger", "declare", "--db", db, "--server", "http://127.0.0.1:1", "--party", "US",
                "--key", keys.resolve("US.key").toString(), "--items", items.toString());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("not both");
        Cli noKey = Cli.run("ledger", "declare", "--server", "http://127.0.0.1:1", "--party", "US", "--items",
                items.toString());
        assertThat(noKey.code()).isEqualTo(2);
        assertThat(noKey.err()).contains("--key");
    }
}
