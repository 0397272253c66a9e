package org.treatylab.bench.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.protocol.SessionResult;

/** The baseline must negotiate exactly as the engine does, or the benchmark compares different work. */
class NaiveGeniusLikeSessionTest {
    @Test
    void baseline_reachesTheEnginesAgreementInTheSameRound_andLogsEveryMove() {
        for (long seed = 1; seed <= 12; seed++) {
            List<Profile> ps = Scenarios.tenValues(3, seed);
            String opponent = seed % 2 == 0 ? "conceder" : "boulware";
            SessionResult engine = SessionBenchmark.session(ps.get(0), ps.get(1), opponent);
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            NaiveGeniusLikeSession.Result base = NaiveGeniusLikeSession.run(ps.get(0), ps.get(1), 0.2,
                    SessionBenchmark.exponent(opponent), SessionBenchmark.ROUNDS,
                    new PrintStream(log, true, StandardCharsets.UTF_8));
            assertThat(base.rounds()).as("seed %d", seed).isEqualTo(engine.rounds());
            assertThat(base.agreement() == null).isEqualTo(engine.agreement().isEmpty());
            if (base.agreement() != null) {
                var o = engine.agreement().orElseThrow();
                for (int i = 0; i < o.domain().issueCount(); i++) {
                    assertThat(base.agreement().get(i + 1)).isEqualTo(o.value(i).text());
                }
            }
            assertThat(log.toString(StandardCharsets.UTF_8).lines()).hasSize(engine.trace().size());
        }
    }

    @Test
    void benchmarkScenario_runsLongEnoughToMeasure() {
        List<Profile> ps = Scenarios.tenValues(5, Scenarios.SEED);
        SessionResult r = SessionBenchmark.session(ps.get(0), ps.get(1), "conceder");
        assertThat(r.isAgreement()).isTrue();
        assertThat(r.rounds()).isEqualTo(110);
        SessionResult longer = SessionBenchmark.session(ps.get(0), ps.get(1), "boulware");
        assertThat(longer.rounds()).isEqualTo(693);
    }
}
