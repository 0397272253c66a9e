package org.treatylab.cli.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.report.Json;

class LedgerCommandTest {
    static final String ITEMS = "uid,system,category,status,facility,warheads\n"
            + "US-M1,Minuteman III,ICBM,deployed,Malmstrom,1\n"
            + "US-M2,Minuteman III,ICBM,deployed,Malmstrom,1\n"
            + "US-M3,Minuteman III,ICBM,non_deployed,Hill,0\n"
            + "US-B1,B-52H,HEAVY_BOMBER,deployed,Minot,0\n";

    @TempDir
    Path dir;
    String db;

    Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @BeforeEach
    void init() throws Exception {
        db = dir.resolve("ledger.db").toString();
        Cli r = Cli.run("ledger", "init", "--db", db, "--parties", "US,RU");
        assertThat(r.code()).as(r.err()).isZero();
        Cli d = Cli.run("ledger", "declare", "--db", db, "--party", "US", "--items", file("items.csv", ITEMS).toString());
        assertThat(d.code()).as(d.err()).isZero();
        assertThat(d.out()).isEqualTo("declared 4 items of US (entries 2..5)\n");
    }

    @Test
    void init_writesOwnerOnlyKeysAndTokens() throws Exception {
        for (String f : new String[] {"US.key", "RU.key", "US.token", "RU.token"}) {
            Path p = Path.of(db + ".keys", f);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(f).isEqualTo("rw-------");
        }
        assertThat(Files.readString(Path.of(db + ".keys", "US.key"))).startsWith("-----BEGIN PRIVATE KEY-----");
        String token = Files.readString(Path.of(db + ".keys", "US.token")).strip();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT token_hash FROM parties WHERE code = 'US'")) {
            rs.next();
            assertThat(rs.getString(1)).isNotEqualTo(token).hasSize(64);
        }
        try (var store = org.treatylab.store.Stores.open(db, false)) {
            assertThat(store.partyForTokenHash(org.treatylab.verification.ledger.ApiTokens.hash(token))).contains(org.treatylab.domain.Party.US);
            assertThat(store.partyForTokenHash(org.treatylab.verification.ledger.ApiTokens.hash(Files.readString(Path.of(db + ".keys", "RU.token")))))
                    .contains(org.treatylab.domain.Party.RU);
            assertThat(store.partyForTokenHash(org.treatylab.verification.ledger.ApiTokens.hash(token + "0"))).isEmpty();
        }
        Cli again = Cli.run("ledger", "init", "--db", db, "--parties", "US,RU");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void walk_notifyExchangeRevealInspectVerifyExport() throws Exception {
        Cli n = Cli.run("ledger", "notify", "--db", db, "--party", "US", "--uid", "US-M3", "--event", "move", "--to", "Malmstrom");
        assertThat(n.code()).as(n.err()).isZero();
        assertThat(n.out()).isEqualTo("US US-M3: non_deployed at Malmstrom, 0 warheads (entry 6)\n");
        Cli x = Cli.run("ledger", "exchange", "--db", db, "--party", "US", "--date", "2011-09-01", "--format", "json");
        assertThat(x.code()).as(x.err()).isZero();
        JsonNode xj = Json.MAPPER.readTree(x.out());
        assertThat(xj.get("aggregates").get("deployed-launchers").asLong()).isEqualTo(3);
        assertThat(xj.get("aggregates").get("warheads").asLong()).isEqualTo(3);
        assertThat(xj.get("aggregates").get("total-launchers").asLong()).isEqualTo(4);
        Cli rv = Cli.run("ledger", "reveal", "--db", db, "--party", "US", "--facility", "Malmstrom");
        assertThat(rv.code()).as(rv.err()).isZero();
        JsonNode rj = Json.MAPPER.readTree(rv.out());
        assertThat(rj.get("openings")).hasSize(3);
        assertThat(rj.get("snapshot_root").asText()).isEqualTo(xj.get("snapshot_root").asText());
        Path found = file("found.csv", "uid,system,category,status,facility,warheads\n"
                + "US-M1,Minuteman III,ICBM,deployed,Malmstrom,1\nUS-M2,Minuteman III,ICBM,deployed,Malmstrom,1\n"
                + "US-M3,Minuteman III,ICBM,non_deployed,Malmstrom,0\n");
        Cli ok = Cli.run("ledger", "inspect", "--db", db, "--party", "RU", "--of", "US", "--facility", "Malmstrom",
                "--found", found.toString());
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).startsWith("RU inspected US at Malmstrom: consistent");
        Path extra = file("found2.csv", "uid,system,category,status,facility,warheads\n"
                + "US-M1,Minuteman III,ICBM,deployed,Malmstrom,3\nUS-M2,Minuteman III,ICBM,deployed,Malmstrom,1\n");
        Cli bad = Cli.run("ledger", "inspect", "--db", db, "--party", "RU", "--of", "US", "--facility", "Malmstrom",
                "--found", extra.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).contains("misdeclared item US-M1").contains("declared item US-M3 not found");
        Cli v = Cli.run("ledger", "verify", "--db", db);
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).startsWith("ok: 11 entries in 8 signed batches; root ");
        Cli e = Cli.run("ledger", "export", "--db", db, "--format", "json");
        JsonNode ej = Json.MAPPER.readTree(e.out());
        assertThat(ej.get("entries")).hasSize(11);
        assertThat(ej.get("batches")).hasSize(8);
        assertThat(e.out()).doesNotContain("\"salt\"").doesNotContain("item.uid");
        Cli csv = Cli.run("ledger", "export", "--db", db, "--format", "csv");
        assertThat(csv.out()).startsWith("seq,party,kind,time,prev_hash,hash,payload\n0,US,registration,");
    }

    @Test
    void notify_impossible_exitTwoWithReasonAndNothingWritten() {
        Cli r = Cli.run("ledger", "notify", "--db", db, "--party", "US", "--uid", "US-M1", "--event", "eliminate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: item US-M1: cannot eliminate: it is deployed (eliminate needs "
                + "non_deployed, test or converted; store a deployed item first)\n");
        assertThat(Cli.run("ledger", "verify", "--db", db).out()).startsWith("ok: 6 entries in 3 signed batches");
    }

    @Test
    void write_withAnotherPartysKey_rejectedExitOne() {
        Cli r = Cli.run("ledger", "notify", "--db", db, "--party", "US", "--key", db + ".keys/RU.key", "--uid", "US-M1",
                "--event", "store");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: batch 3 (entries 6..6): signature does not verify under US's registered key\n");
        assertThat(Cli.run("ledger", "verify", "--db", db).out()).startsWith("ok: 6 entries in 3 signed batches");
    }

    @Test
    void verify_tamperedEntry_exitOneNamingIt() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("UPDATE entries SET created_at = '2011-01-01T00:00:00Z' WHERE seq = 2");
        }
        Cli r = Cli.run("ledger", "verify", "--db", db);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: entry 2: entry hash: hash: computed ");
    }

    @Test
    void verify_hiddenOrCorruptPrivatePart_exitOneNamingTheEntryAndTheCheck() throws Exception {
        sql("UPDATE private_parts SET party = 'Us' WHERE seq = 3");
        Cli hidden = Cli.run("ledger", "verify", "--db", db);
        assertThat(hidden.code()).isEqualTo(1);
        assertThat(hidden.err()).isEqualTo("error: entry 3: private part: stored under party 'Us', the entry is US's\n");
        sql("UPDATE private_parts SET party = 'US', payload = 'a=1\nbroken line\n' WHERE seq = 3");
        Cli corrupt = Cli.run("ledger", "verify", "--db", db);
        assertThat(corrupt.code()).isEqualTo(1);
        assertThat(corrupt.err()).startsWith("error: entry 3: private part: sha256: computed ");
        sql("DELETE FROM private_parts WHERE seq = 3");
        assertThat(Cli.run("ledger", "verify", "--db", db).err())
                .isEqualTo("error: entry 3: private part: missing (a declaration commits to one)\n");
    }

    @Test
    void verify_swappedPublicKeyOrCorruptParties_exitOneNamingTheRegistration() throws Exception {
        sql("UPDATE parties SET public_key = (SELECT public_key FROM parties WHERE code = 'RU') WHERE code = 'US'");
        Cli r = Cli.run("ledger", "verify", "--db", db);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: entry 0: registration: parties table: public_key '");
    }

    @Test
    void replay_sameNonceTwice_exitOneNamingTheEntryAndNothingWritten() {
        Cli first = Cli.run("ledger", "notify", "--db", db, "--party", "US", "--uid", "US-M3", "--event", "move",
                "--to", "Minot", "--nonce", "retry-0001");
        assertThat(first.code()).as(first.err()).isZero();
        Cli again = Cli.run("ledger", "notify", "--db", db, "--party", "US", "--uid", "US-M3", "--event", "move",
                "--to", "Malmstrom", "--nonce", "retry-0001");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("error: replay: nonce 'retry-0001' of US was already written in entry 6; "
                + "nothing appended\n");
        assertThat(Cli.run("ledger", "verify", "--db", db).out()).startsWith("ok: 7 entries in 4 signed batches");
        Cli bad = Cli.run("ledger", "notify", "--db", db, "--party", "US", "--uid", "US-M3", "--event", "move",
                "--to", "Hill", "--nonce", "x y");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: a nonce is 8-128 letters");
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute(statement);
        }
    }

    @Test
    void missingLedger_exitTwo() {
        Cli r = Cli.run("ledger", "verify", "--db", dir.resolve("nope.db").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + dir.resolve("nope.db") + ": no ledger here (run 'treatylab ledger init' first)\n");
    }
}
