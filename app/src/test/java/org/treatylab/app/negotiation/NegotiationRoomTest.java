package org.treatylab.app.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatylab.app.common.TestClock;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.TreatyLabException;
import org.treatylab.domain.session.InMemorySessionStore;

/** A negotiation session between two people, kept in a store and played again by a new door (a restart). */
class NegotiationRoomTest {
    private final InMemorySessionStore store = new InMemorySessionStore();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T06:00:00Z"));

    private static Map<String, IssueValue> lease(long rent, String pets) {
        return Map.of("rent", new IssueValue.Whole(rent), "term", new IssueValue.Label("1 year"), "pets",
                new IssueValue.Label(pets), "furnished", new IssueValue.Label("no"));
    }

    @Test
    void twoPeople_restartedMidSession_continueFromTheSameRoundWithTheSameHistory() {
        NegotiationDoor door = new NegotiationDoor(store, clock);
        NegotiationState started = door.start(new NegotiationStart(new NegotiationScenarioRef.Shipped("lease-genius",
                "scenario"), List.of("person", "person"), 20, 1, null, false, NegotiationLimits.SERVER));
        assertThat(started.person()).isNull();
        assertThat(started.openSeats()).containsExactly("landlord", "tenant");
        String id = started.id();
        NegotiationState landlord = door.join(id, "landlord");
        NegotiationState tenant = door.join(id, null);
        assertThat(tenant.person()).isEqualTo("tenant");
        door.move(id, landlord.seatSecret(), new NegotiationMove("offer", lease(12, "no"), null, 1));
        door.move(id, tenant.seatSecret(), new NegotiationMove("offer", lease(8, "cats and dogs"), null, 1));
        door.move(id, landlord.seatSecret(), new NegotiationMove("offer", lease(10, "cats"), null, 2));
        NegotiationState before = door.state(id, tenant.seatSecret());
        assertThat(before.round()).isEqualTo(2);
        assertThat(before.yourTurn()).isTrue();

        NegotiationDoor restarted = new NegotiationDoor(store, clock);
        assertThat(restarted.state(id, tenant.seatSecret())).isEqualTo(before);
        assertThatThrownBy(() -> restarted.move(id, tenant.seatSecret(), new NegotiationMove("accept", null, null, 1)))
                .isInstanceOfSatisfying(TreatyLabException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.getMessage()).startsWith("stale move: round 1 was already played");
                });
        NegotiationState end = restarted.move(id, tenant.seatSecret(), new NegotiationMove("accept",
                lease(10, "cats"), null, 2));
        assertThat(end.over()).isTrue();
        assertThat(end.result().end()).isEqualTo("agreement");
        assertThat(end.history()).hasSize(before.history().size() + 1);
        assertThat(store.load(id).orElseThrow().log()).hasSize(4);
    }
}
