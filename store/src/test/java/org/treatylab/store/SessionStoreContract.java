package org.treatylab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.session.LogEntry;
import org.treatylab.domain.session.SessionConflictException;
import org.treatylab.domain.session.SessionStore;
import org.treatylab.domain.session.SessionSummary;
import org.treatylab.domain.session.StoredSession;

/**
 * The {@link SessionStore} port's behaviour, run on every implementation: SQLite and PostgreSQL (with a restart and a
 * child killed by SIGKILL, {@link JdbcSessionStoreContract}) and in memory.
 */
abstract class SessionStoreContract {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123Z");

    /** The store under test; fresh for each test. */
    abstract SessionStore store();

    /** Closes the store and opens it again where the implementation is durable; else nothing. */
    abstract void reopen();

    static StoredSession session(String id, String kind, Instant at, LogEntry... log) {
        return new StoredSession(id, kind, "scenario=start-2009&seed=1", "seats=RU", at, at, List.of(log));
    }

    static LogEntry entry(int seq, String text) {
        return new LogEntry(seq, text, T0.plusSeconds(seq));
    }

    @Test
    void create_thenLoad_headerAndLogAsWritten() {
        store().create(session("K7Q2-M9XD", "talks", T0, entry(0, "party=RU&move=offer"), entry(1, "party=RU&move=end")));
        reopen();
        StoredSession s = store().load("K7Q2-M9XD").orElseThrow();
        assertThat(s).isEqualTo(session("K7Q2-M9XD", "talks", T0, entry(0, "party=RU&move=offer"),
                entry(1, "party=RU&move=end")));
        assertThat(store().load("none")).isEmpty();
        assertThatThrownBy(() -> store().create(session("K7Q2-M9XD", "negotiation", T0)))
                .isInstanceOf(SessionConflictException.class).hasMessage("session 'K7Q2-M9XD' exists");
        assertThat(store().load("K7Q2-M9XD").orElseThrow().kind()).isEqualTo("talks");
    }

    @Test
    void save_appendsEntriesAndReplacesState_touchingTheSession() {
        store().create(session("a", "talks", T0));
        store().save("a", List.of(entry(0, "m0")), "seats=RU,US", T0.plusSeconds(5));
        store().save("a", List.of(entry(1, "m1"), entry(2, "m2")), "seats=RU,US;over", T0.plusSeconds(9));
        store().save("a", List.of(), "seats=RU,US;over;read", T0.plusSeconds(12));
        reopen();
        StoredSession s = store().load("a").orElseThrow();
        assertThat(s.log()).extracting(LogEntry::text).containsExactly("m0", "m1", "m2");
        assertThat(s.state()).isEqualTo("seats=RU,US;over;read");
        assertThat(s.createdAt()).isEqualTo(T0);
        assertThat(s.touchedAt()).isEqualTo(T0.plusSeconds(12));
    }

    @Test
    void save_entryAlreadyWritten_conflictAndNothingWritten() {
        store().create(session("a", "talks", T0, entry(0, "m0")));
        assertThatThrownBy(() -> store().save("a", List.of(entry(0, "again")), "changed", T0.plusSeconds(1)))
                .isInstanceOf(SessionConflictException.class).hasMessage("session 'a' already has log entry 0");
        // the first entry of the batch is new, the second stale: neither is written, nor the state
        assertThatThrownBy(() -> store().save("a", List.of(entry(1, "m1"), entry(0, "stale")), "changed",
                T0.plusSeconds(2))).isInstanceOf(SessionConflictException.class);
        reopen();
        StoredSession s = store().load("a").orElseThrow();
        assertThat(s.log()).extracting(LogEntry::text).containsExactly("m0");
        assertThat(s.state()).isEqualTo("seats=RU");
        assertThat(s.touchedAt()).isEqualTo(T0);
        assertThatThrownBy(() -> store().save("b", List.of(), "x", T0)).isInstanceOf(NoSuchElementException.class)
                .hasMessage("no session 'b'");
    }

    @Test
    void list_byKindMostRecentlyTouchedFirst() {
        store().create(session("t1", "talks", T0));
        store().create(session("t2", "talks", T0.plusSeconds(1)));
        store().create(session("t3", "talks", T0.plusSeconds(1)));
        store().create(session("tournament-1", "tournament", T0.plusSeconds(2)));
        store().save("t1", List.of(), "x", T0.plusSeconds(3));
        reopen();
        assertThat(store().list("talks")).extracting(SessionSummary::id).containsExactly("t1", "t2", "t3");
        assertThat(store().list("tournament")).containsExactly(new SessionSummary("tournament-1", "tournament",
                T0.plusSeconds(2)));
        assertThat(store().list("negotiation")).isEmpty();
    }

    @Test
    void expire_removesSessionsIdleSinceTheCutoffWithTheirLogs() {
        store().create(session("old", "talks", T0, entry(0, "m0")));
        store().create(session("edge", "talks", T0.plusSeconds(60)));
        store().create(session("new", "negotiation", T0.plusSeconds(120)));
        assertThat(store().expire(T0.plusSeconds(60))).containsExactly("old");
        reopen();
        assertThat(store().load("old")).isEmpty();
        assertThat(store().load("edge")).isPresent();
        // the id is free again, without the old log
        store().create(session("old", "talks", T0.plusSeconds(200)));
        assertThat(store().load("old").orElseThrow().log()).isEmpty();
        assertThat(store().expire(T0.plusSeconds(500))).containsExactly("edge", "new", "old");
        assertThat(store().list("talks")).isEmpty();
    }

    @Test
    void remove_sessionAndLog() {
        store().create(session("a", "talks", T0, entry(0, "m0")));
        assertThat(store().remove("a")).isTrue();
        assertThat(store().remove("a")).isFalse();
        reopen();
        assertThat(store().load("a")).isEmpty();
        store().create(session("a", "talks", T0));
        assertThat(store().load("a").orElseThrow().log()).isEmpty();
    }

    @Test
    void texts_seededRandomUnicodeAndLarge_readBackExactly() {
        Random rnd = new Random(15);
        List<LogEntry> log = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(300);
            for (int j = 0; j < n; j++) {
                int cp = rnd.nextInt(10) == 0 ? 0x1F600 + rnd.nextInt(40) : 0x20 + rnd.nextInt(0x2FF);
                sb.appendCodePoint(cp);
            }
            sb.append(i % 3 == 0 ? "\n'\";--\\" : "");
            log.add(new LogEntry(i * 2, sb.toString(), T0.plusMillis(i)));
        }
        String spec = "x".repeat(300_000) + "Россия";
        store().create(new StoredSession("big", "negotiation", spec, "", T0, T0, log.subList(0, 10)));
        store().save("big", log.subList(10, 40), "état", T0.plusSeconds(1));
        reopen();
        StoredSession s = store().load("big").orElseThrow();
        assertThat(s.spec()).isEqualTo(spec);
        assertThat(s.state()).isEqualTo("état");
        assertThat(s.log()).isEqualTo(log);
    }
}
