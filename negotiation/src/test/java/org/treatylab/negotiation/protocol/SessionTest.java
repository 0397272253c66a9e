package org.treatylab.negotiation.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.treatylab.negotiation.TestScenarios;
import org.treatylab.negotiation.model.DiscreteIssue;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.preference.Profile;

class SessionTest {
    private static final Domain XY = TestScenarios.XY;
    private static final Outcome AQ = XY.outcome(0, 1);
    private static final Outcome BP = XY.outcome(1, 0);

    private static Function<TurnView, Move> offer(Outcome o) {
        return v -> new Offer(o);
    }

    private static Function<TurnView, Move> acceptTable() {
        return v -> new Accept(v.offerOnTable().orElseThrow());
    }

    private static SessionSetup setup(Deadline deadline, Agent... agents) {
        List<Participant> ps = new java.util.ArrayList<>();
        Profile[] profiles = {TestScenarios.a(), TestScenarios.b(), TestScenarios.a().named("C")};
        for (int i = 0; i < agents.length; i++) {
            ps.add(new Participant(PartyId.of("P" + (i + 1)), profiles[i], agents[i]));
        }
        return SessionSetup.of(XY, ps, deadline, 1);
    }

    @Test
    void bilateral_acceptOfTheOfferOnTheTable_isAnAgreementWithUtilities() {
        Scripted a = Scripted.of(offer(BP));
        Scripted b = Scripted.of(offer(AQ));
        Scripted a2 = a;
        a2.script.add(acceptTable());
        SessionResult r = Negotiation.run(setup(Deadline.rounds(10), a, b));
        assertThat(r.reason()).isEqualTo(EndReason.AGREEMENT);
        assertThat(r.agreement()).contains(AQ);
        assertThat(r.rounds()).isEqualTo(2);
        assertThat(r.trace()).extracting(t -> t.move().kind()).containsExactly("offer", "offer", "accept");
        assertThat(r.trace()).extracting(Turn::round).containsExactly(1, 1, 2);
        assertThat(r.utilities().get(0)).isCloseTo(0.6, within(1e-12));
        assertThat(r.utilities().get(1)).isCloseTo(0.5, within(1e-12));
        assertThat(r.culprit()).isEmpty();
        assertThat(b.observed).hasSize(2);
    }

    @Test
    void multilateral_agreementNeedsEveryOtherPartyToAccept_aCounterOfferResetsIt() {
        Scripted p1 = Scripted.of(offer(BP), acceptTable());
        Scripted p2 = Scripted.of(acceptTable(), acceptTable());
        Scripted p3 = Scripted.of(offer(AQ));
        SessionResult r = Negotiation.run(setup(Deadline.rounds(10), p1, p2, p3));
        assertThat(r.reason()).isEqualTo(EndReason.AGREEMENT);
        assertThat(r.agreement()).contains(AQ);
        assertThat(r.trace()).extracting(t -> t.party().name() + ":" + t.move().kind())
                .containsExactly("P1:offer", "P2:accept", "P3:offer", "P1:accept", "P2:accept");
        assertThat(r.utilities()).hasSize(3);
    }

    @Test
    void acceptWithNothingOnTheTable_isAViolationByThatParty() {
        SessionResult r = Negotiation.run(setup(Deadline.rounds(10), Scripted.of(v -> new Accept(AQ)),
                Scripted.of(offer(AQ))));
        assertThat(r.reason()).isEqualTo(EndReason.PROTOCOL_VIOLATION);
        assertThat(r.culprit()).contains(PartyId.of("P1"));
        assertThat(r.detail()).isEqualTo("party P1 accepted with no offer on the table");
        assertThat(r.agreement()).isEmpty();
        assertThat(r.utilities()).containsExactly(0.3, 0.2);
    }

    @Test
    void acceptOfAStaleOffer_isAViolation_notAnAgreement() {
        SessionResult r = Negotiation.run(setup(Deadline.rounds(10), Scripted.of(offer(BP)),
                Scripted.of(v -> new Accept(AQ))));
        assertThat(r.reason()).isEqualTo(EndReason.PROTOCOL_VIOLATION);
        assertThat(r.culprit()).contains(PartyId.of("P2"));
        assertThat(r.detail()).startsWith("party P2 accepted {x=a, y=q} but the offer on the table is {x=b, y=p}");
    }

    @Test
    void offerOfAnotherDomainOrNullMove_isAViolation() {
        Domain other = Domain.of("other", DiscreteIssue.of("x", "a"));
        SessionResult r = Negotiation.run(setup(Deadline.rounds(10), Scripted.of(v -> new Offer(other.outcome(0))),
                Scripted.of()));
        assertThat(r.reason()).isEqualTo(EndReason.PROTOCOL_VIOLATION);
        assertThat(r.detail()).isEqualTo("party P1 offered an outcome of domain 'other'");
        SessionResult n = Negotiation.run(setup(Deadline.rounds(10), Scripted.of(v -> null), Scripted.of()));
        assertThat(n.detail()).isEqualTo("party P1 made no move (null)");
    }

    @Test
    void agentException_endsTheSessionWithAFailure_notTheEngine() {
        SessionResult r = Negotiation.run(setup(Deadline.rounds(10), Scripted.of(offer(BP)), Scripted.of(v -> {
            throw new IllegalStateException("boom\nsecond line");
        })));
        assertThat(r.reason()).isEqualTo(EndReason.AGENT_FAILURE);
        assertThat(r.culprit()).contains(PartyId.of("P2"));
        assertThat(r.detail()).isEqualTo("party P2 failed: IllegalStateException: boom second line");
        assertThat(r.trace()).hasSize(1);

        Agent failsAtStart = new Agent() {
            @Override
            public void start(AgentSetup s) {
                throw new StackOverflowError();
            }

            @Override
            public Move move(TurnView v) {
                return new EndNegotiation();
            }
        };
        SessionResult s = Negotiation.run(setup(Deadline.rounds(10), Scripted.of(), failsAtStart));
        assertThat(s.reason()).isEqualTo(EndReason.AGENT_FAILURE);
        assertThat(s.detail()).isEqualTo("party P2 failed to start: StackOverflowError");
        assertThat(s.rounds()).isZero();
    }

    @Test
    void roundsDeadline_endsAfterTheLastRound_andTimeReachesOne() {
        Scripted a = Scripted.of(offer(BP), offer(BP), offer(BP));
        Scripted b = Scripted.of(offer(AQ), offer(AQ), offer(AQ));
        Session s = Session.start(setup(Deadline.rounds(3), a, b));
        assertThat(s.roundsLeft()).hasValue(3);
        s.step();
        assertThat(s.time()).isCloseTo(1 / 6.0, within(1e-12));
        while (!s.isOver()) {
            s.step();
        }
        SessionResult r = s.result().orElseThrow();
        assertThat(r.reason()).isEqualTo(EndReason.DEADLINE);
        assertThat(r.rounds()).isEqualTo(3);
        assertThat(r.trace()).hasSize(6);
        assertThat(r.time()).isEqualTo(1.0);
        assertThatThrownBy(s::step).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void timeDeadline_isMeasuredOnTheInjectedClock() {
        MutableClock clock = new MutableClock();
        Function<TurnView, Move> slow = v -> {
            clock.advance(Duration.ofSeconds(4));
            return new Offer(BP);
        };
        Scripted a = Scripted.of(slow, slow, slow);
        Scripted b = Scripted.of(offer(AQ), offer(AQ), offer(AQ));
        SessionSetup base = setup(Deadline.time(Duration.ofSeconds(10)), a, b);
        Session s = Session.start(new SessionSetup(XY, base.participants(), base.deadline(), clock, 1,
                RoundLabeler.NUMBERS));
        assertThat(s.timeLeft()).contains(Duration.ofSeconds(10));
        s.step();
        assertThat(s.time()).isCloseTo(0.4, within(1e-12));
        s.step();
        s.step();
        assertThat(s.timeLeft()).contains(Duration.ofSeconds(2));
        s.step();
        s.step();
        SessionResult r = s.result().orElseThrow();
        assertThat(r.reason()).isEqualTo(EndReason.DEADLINE);
        assertThat(r.detail()).isEqualTo("the move of party P1 came after the deadline");
        assertThat(r.trace()).hasSize(4);
    }

    @Test
    void timeDeadline_withARoundCap_endsAtWhicheverComesFirst_andTimeRunsTowardsIt() {
        Scripted a = Scripted.of(offer(BP), offer(BP), offer(BP), offer(BP));
        Scripted b = Scripted.of(offer(AQ), offer(AQ), offer(AQ), offer(AQ));
        SessionSetup base = setup(Deadline.time(Duration.ofHours(1), 2), a, b);
        SessionResult r = Negotiation.run(new SessionSetup(XY, base.participants(), base.deadline(),
                new MutableClock(), 1, RoundLabeler.NUMBERS));
        assertThat(r.reason()).isEqualTo(EndReason.DEADLINE);
        assertThat(r.rounds()).isEqualTo(2);
        assertThat(r.trace()).extracting(Turn::time).containsExactly(0.0, 0.25, 0.5, 0.75);
        assertThat(r.time()).isEqualTo(1.0);
    }

    @Test
    void externalAgent_stepWise_movesAreSubmittedAndTheSessionCanBeInspected() {
        ExternalAgent human = new ExternalAgent();
        Scripted bot = Scripted.of(offer(AQ), acceptTable());
        SessionSetup base = setup(Deadline.rounds(5), human, bot);
        Session s = Session.start(new SessionSetup(XY, base.participants(), base.deadline(), Clock.systemUTC(), 1,
                round -> "meeting " + (char) ('A' + round - 1)));
        assertThat(s.whoseTurn()).isEqualTo(PartyId.of("P1"));
        assertThat(s.awaitingExternalMove()).isTrue();
        assertThat(human.setup().orElseThrow().profile().name()).isEqualTo("A");
        assertThatThrownBy(s::step).hasMessage("party P1 is external: submit its move");
        assertThatThrownBy(() -> Negotiation.run(base)).isInstanceOf(IllegalStateException.class);
        s.submit(new Offer(BP));
        assertThat(s.offerOnTable()).contains(BP);
        assertThat(s.offeredBy()).contains(PartyId.of("P1"));
        assertThatThrownBy(() -> s.submit(new Offer(BP))).hasMessageContaining("is not external");
        s.step();
        assertThat(s.offerOnTable()).contains(AQ);
        assertThat(s.round()).isEqualTo(2);
        assertThat(s.label(s.round())).isEqualTo("meeting B");
        assertThat(s.history()).hasSize(2);
        s.submit(new Offer(BP));
        s.step();
        assertThat(s.isOver()).isTrue();
        assertThat(s.result().orElseThrow().agreement()).contains(BP);
    }

    @Test
    void externalAgentWithASource_runsToTheEnd() {
        ExternalAgent console = new ExternalAgent((self, view) -> view.offerOnTable().isPresent()
                ? new Accept(view.offerOnTable().get()) : new Offer(AQ));
        SessionResult r = Negotiation.run(setup(Deadline.rounds(5), Scripted.of(offer(BP)), console));
        assertThat(r.agreement()).contains(BP);
    }

    @Test
    void setup_rejectsDuplicatePartiesAndForeignProfiles() {
        Participant p = new Participant(PartyId.of("X"), TestScenarios.a(), Scripted.of());
        assertThatThrownBy(() -> SessionSetup.of(XY, List.of(p, p), Deadline.rounds(1), 1))
                .hasMessage("party 'X' appears twice");
        Domain other = Domain.of("other", DiscreteIssue.of("x", "a"));
        assertThatThrownBy(() -> SessionSetup.of(other, List.of(p, new Participant(PartyId.of("Y"),
                TestScenarios.b(), Scripted.of())), Deadline.rounds(1), 1))
                .hasMessageContaining("is for domain 'xy', the session's is 'other'");
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2009-04-01T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
