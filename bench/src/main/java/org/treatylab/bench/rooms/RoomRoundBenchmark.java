package org.treatylab.bench.rooms;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.treatylab.app.talks.ScenarioRef;
import org.treatylab.app.talks.TalksDoor;
import org.treatylab.app.talks.TalksMoveRequest;
import org.treatylab.app.talks.TalksStart;
import org.treatylab.app.talks.TalksState;
import org.treatylab.domain.Party;
import org.treatylab.domain.session.InMemorySessionStore;
import org.treatylab.domain.session.SessionStore;
import org.treatylab.store.Database;
import org.treatylab.store.Stores;

/**
 * The latency of one round of the 2009 talks played by two people in a room (the US's offer, then Russia's: two
 * moves, each checked, written to the store before it is played, and answered with the mover's state), with the room
 * kept in memory (the baseline) or persisted: SQLite (WAL, synchronous=FULL: each move is synced to disk before it is
 * acknowledged) or PostgreSQL (embedded, fsync and synchronous_commit on). A room is played to round
 * {@value #ROUNDS}, then a new one is opened, so that the states answered stay the size of a game in progress. Also:
 * a room of {@value #ROUNDS} rounds rebuilt from its store after a restart (the spec played again with every move).
 *
 * <p>Run: {@code mvn -B -q package -pl bench -am -DskipTests && java -jar bench/target/benchmarks.jar
 * RoomRoundBenchmark}
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
public class RoomRoundBenchmark {
    static final int ROUNDS = 30;

    @Param({"memory", "sqlite", "postgres"})
    String store;

    private Path dir;
    private EmbeddedPostgres pg;
    private Database database;
    private SessionStore sessions;
    private TalksDoor door;
    private TalksState us;
    private TalksState ru;
    private String full;

    @Setup(Level.Trial)
    public void setup() throws Exception {
        dir = Files.createTempDirectory("room-bench");
        if (store.equals("memory")) {
            sessions = new InMemorySessionStore();
        } else {
            String target = dir.resolve("rooms.db").toString();
            if (store.equals("postgres")) {
                pg = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on").setDataDirectory(dir.resolve("pg"))
                        .setCleanDataDirectory(true).start();
                try (Connection c = pg.getPostgresDatabase().getConnection()) {
                    c.createStatement().execute("CREATE DATABASE bench");
                }
                target = pg.getJdbcUrl("postgres", "bench");
            }
            database = Stores.openOrCreate(target);
            sessions = database.sessions();
        }
        door = new TalksDoor(sessions, Clock.systemUTC());
        openRoom();
        for (int i = 0; i < ROUNDS; i++) {
            round();
        }
        full = us.id();
        openRoom();
    }

    private void openRoom() {
        us = door.start(new TalksStart(new ScenarioRef.Shipped("start-2009"), Map.of(), 1, Set.of(Party.US,
                Party.RU), Party.US, false, true), note -> { });
        ru = door.join(us.id(), Party.RU);
    }

    private TalksState round() {
        TalksState s = door.state(us.id(), us.seatSecret());
        door.move(us.id(), us.seatSecret(), TalksMoveRequest.offer(Map.of("warheads", "2000")).inRound(s.round()));
        return door.move(ru.id(), ru.seatSecret(), TalksMoveRequest.offer(Map.of("warheads", "1500"))
                .inRound(s.round()));
    }

    @Setup(Level.Invocation)
    public void freshRoomWhenLong() {
        if (door.state(us.id(), null).round() > ROUNDS) {
            openRoom();
        }
    }

    /** One round: two people's offers. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public TalksState round_twoMoves() {
        return round();
    }

    /**
     * A room of {@value #ROUNDS} rounds rebuilt as after a restart: dropped from memory, then read from the store and
     * played again (the scenario's preparation, done once per server, is not counted).
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public TalksState restore_roomOf30Rounds() {
        door.sessions().forget(List.of(full));
        return door.state(full, null);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (database != null) {
            database.close();
        }
        if (pg != null) {
            pg.close();
        }
    }
}
