package org.treatylab.bench.verification;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.treatylab.domain.Party;
import org.treatylab.store.JdbcLedgerStore;
import org.treatylab.store.Stores;
import org.treatylab.verification.ledger.ApiTokens;
import org.treatylab.verification.ledger.EntryKind;
import org.treatylab.verification.ledger.Fields;
import org.treatylab.verification.ledger.Ledger;
import org.treatylab.verification.signing.Ed25519;

/**
 * Durable ledger entries per second: batches of {@value #BATCH} entries, each batch one Ed25519 signature and one
 * transaction, committed to SQLite (WAL, synchronous=FULL) or to PostgreSQL (embedded server, fsync and
 * synchronous_commit on). The score is entries per second. Goals: at least 5,000/s on SQLite, 2,000/s on PostgreSQL.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar LedgerWriteBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LedgerWriteBenchmark {
    static final int BATCH = 500;

    @Param({"sqlite", "postgres"})
    String store;

    private Path dir;
    private EmbeddedPostgres pg;
    private JdbcLedgerStore jdbc;
    private Ledger ledger;
    private KeyPair key;
    private long counter;

    @Setup(Level.Trial)
    public void setup() throws Exception {
        dir = Files.createTempDirectory("ledger-bench");
        String target;
        if (store.equals("postgres")) {
            pg = EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(true).start();
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("CREATE DATABASE bench");
            }
            target = pg.getJdbcUrl("postgres", "bench");
        } else {
            target = dir.resolve("ledger.db").toString();
        }
        key = Ed25519.generate(new SecureRandom());
        jdbc = Stores.open(target, true);
        ledger = Ledger.open(jdbc, Clock.systemUTC());
        ledger.register(Party.US, key, ApiTokens.hash("bench-us"));
        ledger.register(Party.RU, Ed25519.generate(new SecureRandom()), ApiTokens.hash("bench-ru"));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        jdbc.close();
        if (pg != null) {
            pg.close();
        }
    }

    /**
     * One operation is one ledger entry: each invocation appends a batch of {@code BATCH} entries (one Ed25519
     * signature and one durable transaction per batch), so JMH reports entries per second.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void appendSignedBatch() {
        List<Ledger.Draft> drafts = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            long n = counter++;
            drafts.add(new Ledger.Draft(EntryKind.FINDING, Fields.builder().put("of", "RU")
                    .put("note", String.format("%064x", n)).build(), null));
        }
        ledger.append(Party.US, key.getPrivate(), drafts);
    }
}
