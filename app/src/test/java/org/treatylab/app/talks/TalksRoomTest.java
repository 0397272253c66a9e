package org.treatylab.app.talks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatylab.app.common.TestClock;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.Party;
import org.treatylab.domain.TreatyLabException;
import org.treatylab.domain.session.InMemorySessionStore;

/**
 * Talks in a room played by two people: seats, refused moves that change nothing, what a watcher sees, and the room
 * played again from its store after a restart (a new door over the same store).
 */
class TalksRoomTest {
    private static final ScenarioRef START = new ScenarioRef.Shipped("start-2009");
    private final InMemorySessionStore store = new InMemorySessionStore();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T06:00:00Z"));
    private final TalksDoor door = new TalksDoor(store, clock);

    private static void kind(Runnable r, ErrorKind kind, String message) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(TreatyLabException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(message);
        });
    }

    private TalksState room(boolean classroom) {
        return door.start(new TalksStart(START, Map.of(), 1, Set.of(Party.US, Party.RU), Party.US, classroom, true),
                note -> { });
    }

    @Test
    void seats_aFullSeatOrAnAgentsIsRefused_andNothingChanges() {
        TalksState us = room(false);
        assertThat(us.seatSecret()).hasSize(64);
        assertThat(us.openSeats()).containsExactly("RU");
        assertThat(us.turn()).isEqualTo("US");
        assertThat(us.yourTurn()).isTrue();
        kind(() -> door.join(us.id(), Party.US), ErrorKind.CONFLICT, "seat US is taken");
        TalksState ru = door.join(us.id(), null);
        assertThat(ru.play()).isEqualTo("RU");
        assertThat(ru.seatSecret()).isNotEqualTo(us.seatSecret());
        int log = store.load(us.id()).orElseThrow().log().size();
        String seats = store.load(us.id()).orElseThrow().state();
        kind(() -> door.join(us.id(), null), ErrorKind.CONFLICT, "every seat of this game is taken");
        kind(() -> door.join(us.id(), Party.RU), ErrorKind.CONFLICT, "seat RU is taken");
        assertThat(store.load(us.id()).orElseThrow().state()).isEqualTo(seats);
        assertThat(store.load(us.id()).orElseThrow().log()).hasSize(log);
        assertThat(door.state(us.id(), ru.seatSecret()).seatSecret()).isNull();
    }

    @Test
    void move_wrongSeatStaleRoundOrWatcher_isRefusedAndNothingChanges() {
        TalksState us = room(false);
        TalksState ru = door.join(us.id(), Party.RU);
        String id = us.id();
        kind(() -> door.move(id, ru.seatSecret(), TalksMoveRequest.offer(Map.of("warheads", "1500"))),
                ErrorKind.CONFLICT, "it is US's turn, not RU's");
        kind(() -> door.move(id, null, TalksMoveRequest.end()), ErrorKind.FORBIDDEN, "a watcher cannot move");
        kind(() -> door.move(id, "f".repeat(64), TalksMoveRequest.end()), ErrorKind.FORBIDDEN, "not one of");
        int round = us.round();
        door.move(id, us.seatSecret(), TalksMoveRequest.offer(Map.of("warheads", "2000")).inRound(round));
        TalksState afterRu = door.move(id, ru.seatSecret(), TalksMoveRequest.offer(Map.of("warheads", "1500"))
                .inRound(round));
        assertThat(afterRu.round()).isEqualTo(round + 1);
        TalksState before = door.state(id, us.seatSecret());
        int log = store.load(id).orElseThrow().log().size();
        kind(() -> door.move(id, us.seatSecret(), TalksMoveRequest.accept().inRound(round)), ErrorKind.CONFLICT,
                "stale move: round " + round + " was already played");
        kind(() -> door.move(id, us.seatSecret(), TalksMoveRequest.offer(Map.of("warheads", "lots"))),
                ErrorKind.BAD_INPUT, "issue 'warheads' takes");
        assertThat(door.state(id, us.seatSecret())).isEqualTo(before);
        assertThat(store.load(id).orElseThrow().log()).hasSize(log);
    }

    @Test
    void watcher_seesBothSidesValuesOnlyAtTheEnd_orLiveInClassroomMode() {
        TalksState us = room(false);
        TalksState ru = door.join(us.id(), Party.RU);
        door.move(us.id(), us.seatSecret(), TalksMoveRequest.offer(Map.of("warheads", "1550")));
        TalksState watching = door.state(us.id(), null);
        assertThat(watching.play()).isNull();
        assertThat(watching.reservations()).isNull();
        assertThat(watching.yourReservation()).isNull();
        assertThat(watching.history()).allSatisfy(m -> {
            assertThat(m.utilities()).isNull();
            assertThat(m.yourValue()).isNull();
        });
        assertThat(door.state(us.id(), ru.seatSecret()).history().get(0).utilities()).isNull();
        TalksState over = door.move(us.id(), ru.seatSecret(), TalksMoveRequest.accept());
        assertThat(over.over()).isTrue();
        TalksState end = door.state(us.id(), null);
        assertThat(end.reservations()).containsOnlyKeys("US", "RU");
        assertThat(end.history().get(0).utilities()).hasSize(2);
        assertThat(end.result().agreement()).isNotNull();

        TalksState classroom = room(true);
        door.move(classroom.id(), classroom.seatSecret(), TalksMoveRequest.offer(Map.of("warheads", "1550")));
        TalksState teacher = door.state(classroom.id(), null);
        assertThat(teacher.classroom()).isTrue();
        assertThat(teacher.reservations()).containsOnlyKeys("US", "RU");
        assertThat(teacher.history().get(0).utilities()).hasSize(2);
        // a seat never sees the other side's values before the end, classroom or not
        assertThat(door.state(classroom.id(), classroom.seatSecret()).history().get(0).utilities()).isNull();
    }

    @Test
    void restart_aNewDoorOverTheSameStore_continuesFromTheSameRoundWithTheSameHistory() {
        TalksState us = room(false);
        TalksState ru = door.join(us.id(), Party.RU);
        String id = us.id();
        door.move(id, us.seatSecret(), TalksMoveRequest.offer(Map.of("warheads", "2000", "missile_defense",
                "preamble")));
        door.move(id, ru.seatSecret(), TalksMoveRequest.offer(Map.of("warheads", "1500")));
        door.move(id, us.seatSecret(), TalksMoveRequest.offer(Map.of("warheads", "1675")));
        TalksState usBefore = door.state(id, us.seatSecret());
        TalksState ruBefore = door.state(id, ru.seatSecret());
        TalksState watcherBefore = door.state(id, null);

        TalksDoor restarted = new TalksDoor(store, clock);
        assertThat(restarted.state(id, us.seatSecret())).isEqualTo(usBefore);
        assertThat(restarted.state(id, ru.seatSecret())).isEqualTo(ruBefore);
        assertThat(restarted.state(id, null)).isEqualTo(watcherBefore);
        assertThat(ruBefore.yourTurn()).isTrue();
        kind(() -> restarted.join(id, Party.RU), ErrorKind.CONFLICT, "seat RU is taken");
        TalksState over = restarted.move(id, ru.seatSecret(), TalksMoveRequest.accept().inRound(ruBefore.round()));
        assertThat(over.over()).isTrue();
        assertThat(over.result().agreement().warheads()).isEqualTo(1675L);
        assertThat(over.history()).hasSize(ruBefore.history().size() + 1);
        // the same history, now with both sides' values (the talks are over)
        assertThat(over.history().subList(0, ruBefore.history().size())).extracting(m -> new TalksState.TalksMove(
                m.round(), m.date(), m.party(), m.move(), m.terms(), m.yourValue(), null))
                .isEqualTo(ruBefore.history());
    }

    @Test
    void start_onePersonAgainstTheAgents_theAgentsMoveAtOnce() {
        TalksState ru = door.start(START, Party.RU, Map.of(), 1);
        assertThat(ru.agents()).containsEntry("RU", "person").containsEntry("US", "boulware");
        assertThat(ru.openSeats()).isEmpty();
        assertThat(ru.yourTurn()).isTrue();
        assertThat(ru.history()).hasSize(1);
        clock.advance(Duration.ofHours(1));
        TalksState next = door.move(ru.id(), ru.seatSecret(), TalksMoveRequest.offer(Map.of("warheads", "1500")));
        assertThat(next.yourTurn()).isTrue();
        assertThat(next.history()).hasSize(3);
        assertThat(store.list("talks").get(0).touchedAt()).isEqualTo(clock.instant());
    }
}
