package org.treatylab.negotiation.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.treatylab.negotiation.generate.RandomScenarios;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.protocol.SessionResult;

class OpponentAwareOffersTest {
    @Test
    void createWithoutTheOption_isTheNamedAgentUnchanged() {
        List<Profile> ps = RandomScenarios.bilateral(RandomScenarios.uniform("d", 4, 6), 3);
        for (String a : Agents.names()) {
            SessionResult x = AgentsTest.run(ps, 60, 5, Agents.create(a, false), Agents.create("conceder"));
            SessionResult y = AgentsTest.run(ps, 60, 5, Agents.create(a), Agents.create("conceder"));
            assertThat(x.trace()).as(a).isEqualTo(y.trace());
        }
        // the option leaves strategies other than the time-dependent ones alone
        for (String a : List.of("hardliner", "frequency", "micro", "tit-for-tat")) {
            SessionResult x = AgentsTest.run(ps, 60, 5, Agents.create(a, true), Agents.create("conceder"));
            SessionResult y = AgentsTest.run(ps, 60, 5, Agents.create(a), Agents.create("conceder"));
            assertThat(x.trace()).as(a).isEqualTo(y.trace());
        }
    }

    @Test
    void opponentAware_offersAreNeverBelowWhatPlainOffers_andChangeSomeSessions() {
        SplittableRandom r = new SplittableRandom(17);
        int differed = 0;
        for (int trial = 0; trial < 20; trial++) {
            Domain d = RandomScenarios.domain("d", 3 + r.nextInt(3), 2 + r.nextInt(4), 2 + r.nextInt(5));
            List<Profile> ps = RandomScenarios.bilateral(d, r.nextLong());
            for (String name : List.of("boulware", "linear", "conceder")) {
                SessionResult aware = AgentsTest.run(ps, 40, trial, Agents.create(name, true), Agents.create("linear"));
                SessionResult plain = AgentsTest.run(ps, 40, trial, Agents.create(name, false), Agents.create("linear"));
                List<Double> a = AgentsTest.ownUtilitiesOfOffers(aware, "P1", ps.get(0));
                List<Double> p = AgentsTest.ownUtilitiesOfOffers(plain, "P1", ps.get(0));
                // Round by round the targets are the same, and the plain offer is the lowest outcome above the
                // target: an aware offer, chosen in the band above the target, is never below it.
                int n = Math.min(a.size(), p.size());
                for (int i = 0; i < n; i++) {
                    assertThat(a.get(i)).isGreaterThanOrEqualTo(p.get(i) - 1e-12);
                }
                if (!aware.trace().equals(plain.trace())) {
                    differed++;
                }
            }
        }
        assertThat(differed).as("the option changes some sessions").isPositive();
    }
}
