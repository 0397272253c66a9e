package org.treatylab.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.domain.session.LogEntry;
import org.treatylab.domain.session.SessionStore;
import org.treatylab.domain.session.StoredSession;

/** The session store contract on a database: each subclass supplies a fresh, empty one. */
abstract class JdbcSessionStoreContract extends SessionStoreContract {
    @TempDir
    Path dir;
    String target;
    Database db;

    /** A store target (file path or JDBC URL) of a new empty database. */
    abstract String newTarget() throws Exception;

    @BeforeEach
    void open() throws Exception {
        target = newTarget();
        db = Stores.openOrCreate(target);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    SessionStore store() {
        return db.sessions();
    }

    @Override
    void reopen() {
        db.close();
        db = Stores.openOrCreate(target);
    }

    @Test
    void crash_childKilledRepeatedly_everyAcknowledgedMoveKeptWithItsState() throws Exception {
        db.close();
        Random rnd = new Random(7);
        int acknowledged = -1;
        for (int round = 0; round < 3; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SessionCrashChild.class.getName(), target)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int wanted = 5 + rnd.nextInt(30);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (int acks = 0; acks < wanted; ) {
                    String line = out.readLine();
                    assertThat(line).as("child ended early in round %d", round).isNotNull();
                    if (line.startsWith("ack ")) {
                        acknowledged = Math.max(acknowledged, Integer.parseInt(line.substring(4)));
                        acks++;
                    }
                }
                child.destroyForcibly();
                child.waitFor();
            }
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        }
        db = Stores.openOrCreate(target);
        StoredSession s = store().load(SessionCrashChild.ID).orElseThrow();
        assertThat(s.log().size()).isGreaterThan(acknowledged);
        for (int i = 0; i < s.log().size(); i++) {
            LogEntry e = s.log().get(i);
            assertThat(e.seq()).isEqualTo(i);
            assertThat(e.text()).isEqualTo("move " + i);
        }
        // the state written with the last entry, never one without the other
        assertThat(s.state()).isEqualTo("moves=" + s.log().size());
    }
}
