package org.treatylab.talks.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;

class ScenarioReaderTest {
    private static final String SHIPPED = Scenarios.sourceText("start-2009").orElseThrow();

    private static void fails(String text, String message) {
        assertThatThrownBy(() -> ScenarioReader.parse("s.scenario", text)).isInstanceOf(InputException.class)
                .hasMessage(message);
    }

    @Test
    void shipped_start2009_readsWithItsCalendarIssuesAndDelegations() {
        Scenario s = Scenarios.resolve("start-2009");
        assertThat(s.parties()).containsExactly(Party.US, Party.RU);
        assertThat(s.deadline()).isEqualTo(LocalDate.parse("2009-12-05"));
        assertThat(s.firstRound().getMonthValue()).isEqualTo(4);
        // 2009-04-24 + 7k < 2009-12-05: k = 0..32 (225 days / 7 = 32.1).
        assertThat(s.rounds()).isEqualTo(33);
        assertThat(s.dates().get(s.rounds() - 1)).isBefore(s.deadline());
        assertThat(s.issues()).extracting(TalksIssue::id).containsExactlyElementsOf(ScenarioReader.KNOWN_ISSUES);
        for (Party p : s.parties()) {
            Delegation d = s.delegation(p);
            assertThat(d.weights().values()).allSatisfy(w -> assertThat(w.rationale()).isNotBlank());
            double sum = 0;
            for (Criterion c : Criterion.values()) {
                sum += d.weight(c);
            }
            assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(s.delegation(Party.US).rankings().get(Criterion.MISSILE_DEFENSE).score("separate")).isEqualTo(1.0);
        assertThat(s.delegation(Party.RU).rankings().get(Criterion.MISSILE_DEFENSE).score("separate")).isEqualTo(0.0);
        assertThat(s.delegation(Party.RU).rankings().get(Criterion.MISSILE_DEFENSE).score("preamble")).isEqualTo(0.5);
    }

    @Test
    void badScenarios_nameLineAndField() {
        fails(SHIPPED.replace("weight.stability = 0.10 - first-strike stability, valued by both sides (assumption)\n"
                + "weight.verification = 0.15", "weight.stability = 0.10\nweight.verification = 0.15"),
                "s.scenario line 113, field 'weight.stability': weight.stability needs a source or rationale after ' - '");
        fails(SHIPPED.replace("weight.duration = 0.05 - predictability after START I; longer is better (assumption)\n"
                + "rank.missile_defense = separate", "weight.durations = 0.05 - x\nrank.missile_defense = separate"),
                "s.scenario line 117, field 'weight.durations': unknown criterion 'durations' (known: [own_cuts, "
                        + "other_cuts, survivability, stability, verification, intrusiveness, missile_defense, duration])");
        fails(SHIPPED.replace("[issue telemetry]", "[issue weather]"), "s.scenario line 90, field 'issue': no derivation"
                + " is known for issue 'weather' (known: " + ScenarioReader.KNOWN_ISSUES + ")");
        fails(SHIPPED.replace("values = 500, 1000, 1500", "values = 500, lots, 1500"), "s.scenario line 55, field "
                + "'values': issue 'warheads': value 'lots' is not a whole number or 'none'");
        fails(SHIPPED.replace("deadline = 2009-12-05", "deadline = 2009-01-05"),
                "s.scenario: dates out of order: first_round 2009-04-24 must be before deadline 2009-01-05");
        fails(SHIPPED.replace("rank.missile_defense = separate > preamble > binding-limits",
                "rank.missile_defense = separate > binding-limits"), "s.scenario line 118, field 'rank.missile_defense': "
                + "must rank exactly the options of issue 'missile_defense' [separate, preamble, binding-limits], got "
                + "[separate, binding-limits]");
        fails(SHIPPED.replace("[delegation RU]", "[delegation France]"),
                "s.scenario line 121, field 'delegation': unknown party 'France' (expected US, USA, RU, USSR or Russia)");
        fails(SHIPPED.replace("round_days = 7", "round_days = weekly"),
                "s.scenario line 23, field 'round_days': expected a whole number, got 'weekly'");
    }
}
