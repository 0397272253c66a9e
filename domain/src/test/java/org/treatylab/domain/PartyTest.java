package org.treatylab.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartyTest {
    @Test
    void parse_aliasesInAnyCase_giveTheTwoParties() {
        for (String s : new String[] {"US", "us", "USA", "usa", "United States"}) {
            assertThat(Party.parse(s)).isEqualTo(Party.US);
        }
        for (String s : new String[] {"RU", "ru", "USSR", "ussr", "Russia", "RUSSIA"}) {
            assertThat(Party.parse(s)).isEqualTo(Party.RU);
        }
        assertThat(Party.parse(" Russia ").toString()).isEqualTo("RU");
    }

    @Test
    void parse_unknown_namesTheValue() {
        assertThatThrownBy(() -> Party.parse("France")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown party 'France' (expected US, USA, RU, USSR or Russia)");
    }

    @Test
    void sourcedValue_rangeKeepsEndsAndDefaultsToMidpoint() {
        SourcedValue v = SourcedValue.parse("300-335", Status.ESTIMATE, "NN-2009", "");
        assertThat(v.low()).isEqualTo(300);
        assertThat(v.high()).isEqualTo(335);
        assertThat(v.value()).isEqualTo(317.5);
        assertThat(v.text()).isEqualTo("300-335");
        assertThat(SourcedValue.parse("120", Status.CONFIRMED, "x", "").isRange()).isFalse();
    }

    @Test
    void sourcedValue_assumptionWithoutRationale_isRejected() {
        assertThatThrownBy(() -> SourcedValue.of(0.8, Status.ASSUMPTION, "", ""))
                .hasMessageContaining("rationale");
        assertThatThrownBy(() -> SourcedValue.of(0.8, Status.ESTIMATE, "", "")).hasMessageContaining("source");
    }
}
