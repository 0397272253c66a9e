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
        for (String s : new String[] {"CN", "cn", "China", "CHINA", "PRC", "prc"}) {
            assertThat(Party.parse(s)).isEqualTo(Party.CN);
        }
    }

    @Test
    void order_isUsRuCnThenOthersByCode() {
        java.util.List<Party> parties = new java.util.ArrayList<>(java.util.List.of(Party.CN, new Party("UK", "UK"),
                Party.RU, new Party("FR", "France"), Party.US));
        parties.sort(Party.ORDER);
        assertThat(parties).extracting(Party::code).containsExactly("US", "RU", "CN", "FR", "UK");
        assertThat(Party.known()).containsExactly(Party.US, Party.RU, Party.CN);
    }

    @Test
    void parse_unknown_namesTheValue() {
        assertThatThrownBy(() -> Party.parse("France")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown party 'France' (expected US, USA, RU, USSR, Russia, CN, China or PRC)");
    }

    @Test
    void sourcedValue_rangeKeepsEndsAndDefaultsToMidpoint() {
        SourcedValue v = SourcedValue.parse("300-335", Status.ESTIMATE, "X-2009", "");
        assertThat(v.low()).isEqualTo(300);
        assertThat(v.high()).isEqualTo(335);
        assertThat(v.value()).isEqualTo(317.5);
        assertThat(v.text()).isEqualTo("300-335");
        assertThat(SourcedValue.parse("120", Status.CONFIRMED, "x", "").isRange()).isFalse();
    }

    @Test
    void status_projectionIsParsedAndNeedsASource() {
        assertThat(Status.parse("projection")).isEqualTo(Status.PROJECTION);
        assertThatThrownBy(() -> SourcedValue.of(1000, Status.PROJECTION, "", "")).hasMessageContaining("source");
        assertThatThrownBy(() -> Status.parse("guess"))
                .hasMessage("unknown status 'guess' (expected confirmed, estimate, assumption or projection)");
    }

    @Test
    void category_mediumBomberIsABomberAndNoMissile() {
        assertThat(Category.parse("medium-bomber")).isEqualTo(Category.MEDIUM_BOMBER);
        assertThat(Category.MEDIUM_BOMBER.isBomber()).isTrue();
        assertThat(Category.MEDIUM_BOMBER.isBallisticMissile()).isFalse();
        assertThat(Category.HEAVY_BOMBER.isBallisticMissile()).isFalse();
        assertThat(Category.SLBM.isBallisticMissile()).isTrue();
    }

    @Test
    void sourcedValue_assumptionWithoutRationale_isRejected() {
        assertThatThrownBy(() -> SourcedValue.of(0.8, Status.ASSUMPTION, "", ""))
                .hasMessageContaining("rationale");
        assertThatThrownBy(() -> SourcedValue.of(0.8, Status.ESTIMATE, "", "")).hasMessageContaining("source");
    }

    @Test
    void sourcedValue_rangeWithValueUsed_keepsTheRangeAndGivesEnginesTheStatedValue() {
        SourcedValue v = SourcedValue.parse("10-1200 use 1200", Status.ASSUMPTION, "A", "the B83: hard targets");
        assertThat(v.low()).isEqualTo(10);
        assertThat(v.high()).isEqualTo(1200);
        assertThat(v.value()).isEqualTo(1200);
        assertThat(v.statesValueUsed()).isTrue();
        assertThat(v.text()).isEqualTo("10-1200 use 1200");
        assertThat(SourcedValue.parse("1-3 use 1.3", Status.ASSUMPTION, "", "why").value()).isEqualTo(1.3);
    }

    @Test
    void sourcedValue_valueUsed_mustBeAnAssumptionWithinARange() {
        assertThatThrownBy(() -> SourcedValue.parse("10-1200 use 1200", Status.ESTIMATE, "A", ""))
                .hasMessage("choosing one value of a range ('use') is a modelling choice: the status must be "
                        + "assumption, got estimate");
        assertThatThrownBy(() -> SourcedValue.parse("10-1200 use 2000", Status.ASSUMPTION, "A", "why"))
                .hasMessage("the value used must lie within 10-1200, got 2000.0");
        assertThatThrownBy(() -> SourcedValue.parse("300 use 300", Status.ASSUMPTION, "A", "why"))
                .hasMessage("'use' applies to a range, got the single value 300");
        assertThatThrownBy(() -> SourcedValue.parse("10-1200 use big", Status.ASSUMPTION, "A", "why"))
                .hasMessageStartingWith("expected a number, a range like 300-335, or a range with the value used");
    }
}
