package org.treatylab.stability.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Party;
import org.treatylab.stability.Stability;
import org.treatylab.stability.TestForces;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ReductionRule;

/**
 * Speed work must not change results: two-way assessments of seeded random force pairs (3 to 15 systems a side, each
 * also scaled to several ceilings) and of the shipped 2009 pair, as the engine computed them before the speed work
 * of issue 17 (file {@code assessments-before-issue-17.txt}, every field of every {@link Assessment}, doubles in
 * full), compared exactly. Rewrite the file only for a deliberate change of results:
 * {@code -Dstability.regression.write=PATH}.
 */
class AssessmentRegressionTest {
    private static final String FILE = "assessments-before-issue-17.txt";

    static List<String> assessments() {
        List<String> out = new ArrayList<>();
        Random r = new Random(1707);
        List<Force[]> pairs = new ArrayList<>();
        pairs.add(new Force[] {TestForces.shipped("us-russia-2009", Party.US),
            TestForces.shipped("us-russia-2009", Party.RU)});
        for (int k = 0; k < 60; k++) {
            int systems = 3 + r.nextInt(13);
            pairs.add(new Force[] {TestForces.random(r, "US", systems), TestForces.random(r, "RU", 3 + r.nextInt(13))});
        }
        int k = 0;
        for (Force[] p : pairs) {
            Engagement e = Stability.engagement(p[0], p[1]);
            out.add(k + " full " + e.assess(p[0], p[1], FirstStrikeParams.DEFAULTS));
            for (long ceiling : new long[] {1500, 700, 300}) {
                Force a = Stability.scale(p[0], ceiling, null, ReductionRule.PROPORTIONAL);
                Force b = Stability.scale(p[1], ceiling, null, ReductionRule.PROPORTIONAL);
                out.add(k + " " + ceiling + " " + e.assess(a, b, FirstStrikeParams.DEFAULTS));
            }
            FirstStrikeParams reserve = FirstStrikeParams.DEFAULTS.withReserve(0.2);
            out.add(k + " reserve " + e.assess(p[0], p[1], reserve));
            k++;
        }
        return out;
    }

    @Test
    void assessments_equalThoseBeforeTheSpeedWork_toTheLastBit() throws IOException {
        List<String> now = assessments();
        String write = System.getProperty("stability.regression.write");
        if (write != null) {
            Files.write(Path.of(write), now, StandardCharsets.UTF_8);
        }
        List<String> before;
        try (InputStream in = getClass().getResourceAsStream(FILE)) {
            assertThat(in).as(FILE).isNotNull();
            before = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(now).hasSize(before.size());
        for (int i = 0; i < now.size(); i++) {
            assertThat(now.get(i)).as("line %d", i + 1).isEqualTo(before.get(i));
        }
    }
}
