package org.treatylab.negotiation.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.treatylab.negotiation.TestScenarios;
import org.treatylab.negotiation.generate.RandomScenarios;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.protocol.Agent;
import org.treatylab.negotiation.protocol.Deadline;
import org.treatylab.negotiation.protocol.EndReason;
import org.treatylab.negotiation.protocol.Negotiation;
import org.treatylab.negotiation.protocol.Offer;
import org.treatylab.negotiation.protocol.Participant;
import org.treatylab.negotiation.protocol.PartyId;
import org.treatylab.negotiation.protocol.SessionResult;
import org.treatylab.negotiation.protocol.SessionSetup;
import org.treatylab.negotiation.protocol.Turn;

class AgentsTest {
    static SessionResult run(List<Profile> profiles, int rounds, long seed, Agent... agents) {
        List<Participant> ps = new ArrayList<>();
        for (int i = 0; i < agents.length; i++) {
            ps.add(new Participant(PartyId.of("P" + (i + 1)), profiles.get(i), agents[i]));
        }
        return Negotiation.run(SessionSetup.of(profiles.get(0).domain(), ps, Deadline.rounds(rounds), seed));
    }

    static List<Double> ownUtilitiesOfOffers(SessionResult r, String party, Profile p) {
        List<Double> out = new ArrayList<>();
        for (Turn t : r.trace()) {
            if (t.party().name().equals(party) && t.move() instanceof Offer o) {
                out.add(p.utility(o.outcome()));
            }
        }
        return out;
    }

    @Test
    void everyPairOfAgents_randomScenarios_endsByAgreementOrDeadline_withRationalAgreements() {
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 12; trial++) {
            Domain d = RandomScenarios.domain("d", 2 + r.nextInt(3), 2 + r.nextInt(4), 2 + r.nextInt(5));
            List<Profile> ps = RandomScenarios.bilateral(d, r.nextLong());
            for (String a : Agents.names()) {
                for (String b : Agents.names()) {
                    SessionResult res = run(ps, 60, trial, Agents.create(a), Agents.create(b));
                    assertThat(res.reason()).as("%s vs %s: %s", a, b, res.detail())
                            .isIn(EndReason.AGREEMENT, EndReason.DEADLINE);
                    if (res.isAgreement()) {
                        assertThat(res.utilities().get(0)).as("%s vs %s", a, b).isGreaterThanOrEqualTo(
                                ps.get(0).reservation());
                        assertThat(res.utilities().get(1)).as("%s vs %s", a, b).isGreaterThanOrEqualTo(
                                ps.get(1).reservation());
                    }
                }
            }
        }
    }

    @Test
    void agents_sameSeed_giveTheSameTrace_randomAgentDependsOnTheSeed() {
        List<Profile> ps = RandomScenarios.bilateral(RandomScenarios.uniform("d", 4, 6), 99);
        for (String a : Agents.names()) {
            SessionResult x = run(ps, 50, 5, Agents.create(a), Agents.create("random"));
            SessionResult y = run(ps, 50, 5, Agents.create(a), Agents.create("random"));
            assertThat(x.trace()).as(a).isEqualTo(y.trace());
        }
        SessionResult x = run(ps, 50, 5, Agents.create("random"), Agents.create("hardliner"));
        SessionResult y = run(ps, 50, 6, Agents.create("random"), Agents.create("hardliner"));
        assertThat(x.trace()).isNotEqualTo(y.trace());
    }

    @Test
    void timeDependent_concedesMonotonically_concederFasterThanBoulware() {
        List<Profile> ps = RandomScenarios.bilateral(RandomScenarios.uniform("d", 4, 6), 3);
        SessionResult boulware = run(ps, 100, 1, Agents.create("boulware"), Agents.create("hardliner"));
        SessionResult conceder = run(ps, 100, 1, Agents.create("conceder"), Agents.create("hardliner"));
        List<Double> bu = ownUtilitiesOfOffers(boulware, "P1", ps.get(0));
        List<Double> cu = ownUtilitiesOfOffers(conceder, "P1", ps.get(0));
        assertThat(bu.get(0)).isEqualTo(ps.get(0).utility().ranked().utility(0));
        for (int i = 1; i < bu.size(); i++) {
            assertThat(bu.get(i)).isLessThanOrEqualTo(bu.get(i - 1));
        }
        assertThat(cu).hasSizeGreaterThan(10);
        assertThat(cu.get(10)).isLessThan(bu.get(10));
    }

    @Test
    void hardliners_opposedPreferences_neverAgree() {
        SessionResult r = run(List.of(TestScenarios.a(), TestScenarios.b()), 30, 1, Agents.create("hardliner"),
                Agents.create("hardliner"));
        assertThat(r.reason()).isEqualTo(EndReason.DEADLINE);
        assertThat(r.utilities()).containsExactly(0.3, 0.2);
    }

    @Test
    void micro_againstAHardliner_proposesAtMostTwoDistinctOutcomes() {
        List<Profile> ps = RandomScenarios.bilateral(RandomScenarios.uniform("d", 3, 5), 11);
        SessionResult r = run(ps, 40, 2, Agents.create("micro"), Agents.create("hardliner"));
        Set<Outcome> mine = new HashSet<>();
        r.trace().stream().filter(t -> t.party().name().equals("P1") && t.move() instanceof Offer)
                .forEach(t -> mine.add(((Offer) t.move()).outcome()));
        assertThat(mine).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void titForTat_againstAHardliner_neverConcedes() {
        List<Profile> ps = RandomScenarios.bilateral(RandomScenarios.uniform("d", 3, 5), 12);
        SessionResult r = run(ps, 40, 2, Agents.create("tit-for-tat"), Agents.create("hardliner"));
        double best = ps.get(0).utility().ranked().utility(0);
        assertThat(ownUtilitiesOfOffers(r, "P1", ps.get(0))).allMatch(u -> u == best);
    }

    @Test
    void agents_domainTooLargeToRank_searchTheirBidsAndStillNegotiate() {
        Domain big = RandomScenarios.uniform("big", 10, 5);
        List<Profile> ps = RandomScenarios.bilateral(big, 4);
        for (String a : List.of("boulware", "frequency", "micro", "nice-tit-for-tat")) {
            SessionResult r = run(ps, 30, 3, Agents.create(a), Agents.create("conceder"));
            assertThat(r.reason()).as(a + ": " + r.detail()).isIn(EndReason.AGREEMENT, EndReason.DEADLINE);
        }
    }

    @Test
    void registry_namesEveryStrategyWithASource_andRejectsUnknownNames() {
        assertThat(Agents.names()).containsExactly("boulware", "linear", "conceder", "hardliner", "random",
                "tit-for-tat", "nice-tit-for-tat", "frequency", "micro");
        assertThat(Agents.all()).allSatisfy(s -> assertThat(s.source()).isNotBlank());
        assertThatThrownBy(() -> Agents.create("smart")).hasMessageStartingWith("unknown agent 'smart'; known agents: "
                + "boulware, linear");
    }

    @Test
    void frequencyModel_rewardsIssuesTheOpponentKeeps() {
        Domain d = TestScenarios.XY;
        FrequencyModel m = new FrequencyModel(d);
        m.update(d.outcome(0, 0));
        m.update(d.outcome(1, 0));
        // y kept: weights (0.5, 0.5 + 0.2) / 1.2; counts x: a=1, b=1; y: p=2
        assertThat(m.estimate(d.outcome(2, 0))).isEqualTo(0.7 / 1.2);
        assertThat(m.estimate(d.outcome(0, 0))).isEqualTo(0.5 / 1.2 + 0.7 / 1.2);
        assertThat(m.estimate(d.outcome(2, 1))).isZero();
    }
}
