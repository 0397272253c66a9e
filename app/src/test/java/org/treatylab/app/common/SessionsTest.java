package org.treatylab.app.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.TreatyLabException;
import org.treatylab.domain.session.InMemorySessionStore;

/** The keeper of sessions: bounded, rebuilt from its store, forgetting what the store expired. */
class SessionsTest {
    private record Thing(String spec, boolean busy) implements Sessions.Kept {
    }

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T06:00:00Z"));

    private Sessions<Thing> keeper(int capacity, boolean codes) {
        return new Sessions<>("thing", "thing", capacity, store, clock, codes, s -> new Thing(s.spec(), false));
    }

    private static void kind(Runnable r, ErrorKind kind) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(TreatyLabException.class,
                e -> assertThat(e.kind()).isEqualTo(kind));
    }

    @Test
    void add_beyondCapacity_dropsTheLeastRecentlyTouchedThatIsNotBusy() {
        Sessions<Thing> k = keeper(3, false);
        for (String spec : List.of("a", "b", "c")) {
            String id = k.newId();
            k.add(id, new Thing(spec, spec.equals("a")), spec, "", List.of());
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(k.ids()).containsExactly("thing-3", "thing-2", "thing-1");
        k.save("thing-2", List.of(), "touched");
        clock.advance(Duration.ofSeconds(1));
        k.add(k.newId(), new Thing("d", false), "d", "", List.of());
        // thing-1 is the oldest but busy; thing-3 is the least recently touched of the others
        assertThat(k.ids()).containsExactly("thing-4", "thing-2", "thing-1");
        assertThat(store.list("thing")).hasSize(3);
        kind(() -> k.get("thing-3"), ErrorKind.NOT_FOUND);
    }

    @Test
    void get_afterARestart_rebuildsFromTheStoreAndCountsIdsOn() {
        Sessions<Thing> before = keeper(10, false);
        before.add(before.newId(), new Thing("x", false), "x", "", List.of());
        before.add(before.newId(), new Thing("y", false), "y", "", List.of());
        Sessions<Thing> after = keeper(10, false);
        assertThat(after.size()).isZero();
        assertThat(after.get("thing-2").spec()).isEqualTo("y");
        assertThat(after.newId()).isEqualTo("thing-3");
    }

    @Test
    void forget_afterTheStoreExpiredIt_isNotFoundAndItsWatchersAreClosed() {
        Sessions<Thing> k = keeper(10, true);
        String id = k.newId();
        assertThat(id).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        k.add(id, new Thing("x", false), "x", "", List.of());
        boolean[] closed = {false};
        k.watch(id, new Sessions.Watcher() {
            @Override
            public void send(String event, Object payload) {
            }

            @Override
            public boolean closed() {
                return closed[0];
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        });
        clock.advance(Duration.ofHours(2));
        List<String> gone = store.expire(clock.instant().minus(Duration.ofHours(1)));
        assertThat(gone).containsExactly(id);
        k.forget(gone);
        assertThat(closed[0]).isTrue();
        kind(() -> k.get(id), ErrorKind.NOT_FOUND);
        kind(() -> k.save(id, List.of(), "late"), ErrorKind.NOT_FOUND);
    }

    @Test
    void get_whenTheRestorerCannotRebuildIt_failsOnceAndRemovesIt() {
        Sessions<Thing> before = keeper(10, false);
        before.add(before.newId(), new Thing("x", false), "x", "", List.of());
        Sessions<Thing> broken = new Sessions<>("thing", "thing", 10, store, clock, false, s -> {
            throw new IllegalStateException("move 3 does not replay");
        });
        assertThatThrownBy(() -> broken.get("thing-1")).isInstanceOfSatisfying(TreatyLabException.class,
                e -> assertThat(e.getMessage()).contains("move 3 does not replay"));
        assertThat(store.load("thing-1")).isEmpty();
    }
}
