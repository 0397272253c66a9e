package org.treatylab.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.app.common.TestClock;
import org.treatylab.app.talks.ScenarioRef;
import org.treatylab.app.talks.TalksMoveRequest;
import org.treatylab.app.talks.TalksState;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.Party;
import org.treatylab.domain.TreatyLabException;

/** Rooms kept in a SQLite file: resumed by the next workbench over the file, removed once idle for the stated time. */
class WorkbenchKeepingTest {
    @TempDir
    Path dir;

    @Test
    void rooms_surviveAReopen_andExpireAfterTheIdleTime() {
        TestClock clock = new TestClock(Instant.parse("2026-11-30T06:00:00Z"));
        Workbench.Keeping keeping = new Workbench.Keeping(Duration.ofHours(2), clock);
        String db = dir.resolve("rooms.db").toString();
        TalksState idle;
        TalksState seat;
        TalksState played;
        try (Workbench w = Workbench.open(db, null, keeping)) {
            idle = w.talks().start(new ScenarioRef.Shipped("start-2009"), Party.RU, Map.of(), 1);
            seat = w.talks().start(new ScenarioRef.Shipped("start-2009"), Party.US, Map.of(), 2);
            clock.advance(Duration.ofMinutes(90));
            played = w.talks().move(seat.id(), seat.seatSecret(), TalksMoveRequest.offer(Map.of("warheads", "1500")));
        }
        clock.advance(Duration.ofMinutes(31));
        try (Workbench w = Workbench.open(db, null, keeping)) {
            // opening swept the room idle for 2 h 1 min; the one played 31 min ago is resumed where it was
            assertThatThrownBy(() -> w.talks().state(idle.id(), idle.seatSecret()))
                    .isInstanceOfSatisfying(TreatyLabException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
                        assertThat(e.getMessage()).contains("expired after idling");
                    });
            assertThat(w.talks().state(seat.id(), seat.seatSecret())).isEqualTo(played);
            clock.advance(Duration.ofHours(3));
            assertThat(w.expireIdle()).containsExactly(seat.id());
            assertThatThrownBy(() -> w.talks().state(seat.id(), null)).isInstanceOf(TreatyLabException.class);
        }
    }
}
