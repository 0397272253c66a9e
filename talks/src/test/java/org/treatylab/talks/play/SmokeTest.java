package org.treatylab.talks.play;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatylab.talks.scenario.Scenarios;

class SmokeTest {
    @Test
    void run() {
        long t0 = System.nanoTime();
        Talks t = Talks.prepare(Scenarios.resolve("start-2009"));
        long t1 = System.nanoTime();
        TalksResult r = t.run(t.agentNames(Map.of()), 1);
        long t2 = System.nanoTime();
        System.out.println("prepare ms " + (t1 - t0) / 1e6 + " run ms " + (t2 - t1) / 1e6);
        System.out.println(r.agreement() + " on " + r.agreedOn() + " " + r.endReason() + " u=" + r.utilities()
                + " res=" + r.reservations() + " pareto=" + r.paretoDistance() + " nash=" + r.nash() + " "
                + r.nashUtilities());
        System.out.println(r.agreedStability() + " vs " + r.noTreatyStability());
        r.trace().forEach(System.out::println);
    }
}
