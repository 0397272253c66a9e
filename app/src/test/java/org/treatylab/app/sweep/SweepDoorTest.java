package org.treatylab.app.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.TreatyLabException;

class SweepDoorTest {
    private final SweepDoor door = new SweepDoor();

    @Test
    void examples_oneOfEachKind_withTheirText() {
        assertThat(door.examples()).extracting(SweepExample::kind)
                .contains("stability-uncertainty", "talks-robustness", "sensitivity");
        assertThat(door.examples()).allSatisfy(e -> assertThat(e.text()).contains("\"name\": \"" + e.name() + "\""));
    }

    @Test
    void runSmall_aboveTheServersBound_isBadInputNamingTheBound() {
        assertThatThrownBy(() -> door.runSmall("stability-bands-2011", null, 1_000L, null))
                .isInstanceOfSatisfying(TreatyLabException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT);
                    assertThat(e.getMessage()).contains("5000 evaluations").contains("at most "
                            + SweepDoor.MAX_SERVER_STABILITY);
                });
    }

    @Test
    void runSmall_unknownExample_isNotFound() {
        assertThatThrownBy(() -> door.runSmall("no-such-job", null, null, null))
                .isInstanceOfSatisfying(TreatyLabException.class, e -> assertThat(e.kind())
                        .isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    void runSmall_exampleAndJobBoth_isRefused() {
        assertThatThrownBy(() -> door.runSmall("ishigami-check", "{}", null, null))
                .hasMessageContaining("either 'example'");
    }

    @Test
    void runSmall_smallFunctionJob_summaryWithTheRun() {
        SweepRun r = door.runSmall("ishigami-check", null, 64L, 7L);
        assertThat(r.engine()).isEqualTo("local");
        assertThat(r.out()).isNull();
        assertThat(r.summary().seed()).isEqualTo(7);
        assertThat(r.document()).containsKeys("job", "kind", "seed", "evaluations", "inputs", "tables",
                "sensitivity", "run");
        assertThat(r.document().get("evaluations")).isEqualTo(r.evaluations());
    }
}
