package org.treatylab.talks.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;

class ScenarioReaderTest {
    private static final String SHIPPED = Scenarios.sourceText("start-2009").orElseThrow();

    private static void fails(String text, String messagePart) {
        assertThatThrownBy(() -> ScenarioReader.parse("s.scenario", text)).isInstanceOf(InputException.class)
                .hasMessageContaining(messagePart);
    }

    @Test
    void shipped_start2009_readsWithItsSoftDeadlineIssuesAndDelegations() {
        Scenario s = Scenarios.resolve("start-2009");
        assertThat(s.parties()).containsExactly(Party.US, Party.RU);
        assertThat(s.deadline()).isEqualTo(LocalDate.parse("2009-12-05"));
        assertThat(s.softDeadline()).isTrue();
        assertThat(s.end()).isEqualTo(LocalDate.parse("2010-06-30"));
        // 2009-04-24 + 7k < 2009-12-05: k = 0..32 (225 days / 7 = 32.1); + 7k <= 2010-06-30: k = 0..61 (432 / 7).
        assertThat(s.roundsBeforeDeadline()).isEqualTo(33);
        assertThat(s.rounds()).isEqualTo(62);
        assertThat(s.issue("conventional_missiles").orElseThrow().noTreaty()).isEqualTo("unconstrained");
        for (Party p : s.parties()) {
            double sum = 0;
            for (Criterion c : s.delegation(p).criteria()) {
                sum += s.delegation(p).weight(c);
            }
            assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(s.delegation(Party.US).rankings().get("missile_defense").score("separate")).isEqualTo(1.0);
        assertThat(s.delegation(Party.RU).rankings().get("missile_defense").score("preamble")).isEqualTo(0.5);
    }

    /** Pre-registration: every number that enters the model carries a source or a rationale. */
    @Test
    void shipped_everyWeightAndParameterHasASourceOrRationale() {
        Scenario s = Scenarios.resolve("start-2009");
        List<String> missing = new ArrayList<>();
        s.parameters().forEach((k, v) -> check(missing, k, v.rationale()));
        for (Delegation d : s.delegations().values()) {
            d.weights().forEach((c, w) -> check(missing, d.party() + ".weight." + c, w.rationale()));
            d.rankings().forEach((i, r) -> check(missing, d.party() + ".rank." + i, r.rationale()));
            d.parameters().forEach((k, v) -> check(missing, d.party() + ".param." + k, v.rationale()));
            d.capacities().forEach((k, v) -> check(missing, d.party() + ".capacity." + k, v.rationale()));
            d.ratification().forEach((k, v) -> check(missing, d.party() + ".ratification." + k, v.rationale()));
            d.projection().forEach(p -> check(missing, d.party() + ".project." + p.system(), p.source()));
            assertThat(d.parameters().keySet()).containsExactlyInAnyOrderElementsOf(ScenarioReader.DELEGATION_PARAMETERS);
        }
        assertThat(s.parameters().keySet()).containsAll(Scenario.PARAMETERS);
        assertThat(missing).as("numbers without a source or rationale").isEmpty();
        // and the reader refuses one: a weight, a parameter, a capacity, a projection without its text
        fails(SHIPPED.replace("weight.stability = 0.05 - \"predictability and stability in strategic offensive forces\" [WH-JU]; weight an assumption",
                "weight.stability = 0.05"), "weight.stability needs a source or rationale");
        fails(SHIPPED.replace("horizon_years = 10 - the ten-year term of [JU] item 10: a gap after the deadline costs its"
                + " share of this term, during which every criterion is at its no-treaty value (no limits, no verification"
                + " in force)", "horizon_years = 10"), "horizon_years needs a source or rationale");
        fails(SHIPPED.replace("capacity.Bulava = 6 - [PODVIG-06]: six warheads", "capacity.Bulava = 6"),
                "capacity.Bulava needs a source or rationale");
        fails(SHIPPED.replace("project.SS-25 = deployed 0 - [PODVIG]: all Topol removed from service by 2015",
                "project.SS-25 = deployed 0"), "project.SS-25 needs a source or rationale");
    }

    private static void check(List<String> missing, String what, String text) {
        if (text == null || text.isBlank() || text.strip().length() < 5) {
            missing.add(what);
        }
    }

    @Test
    void badScenarios_nameLineAndField() {
        fails(SHIPPED.replace("weight.duration_years = 0.02 - predictability after START I; longer is better (assumption)\nrank.missile_defense = separate",
                "weight.durations = 0.02 - x\nrank.missile_defense = separate"),
                "field 'weight.durations': unknown criterion 'durations'");
        fails(SHIPPED.replace("values = 500, 1000, 1500", "values = 500, lots, 1500"),
                "field 'values': issue 'warheads': value 'lots' is not a whole number or 'none'");
        fails(SHIPPED.replace("deadline = 2009-12-05", "deadline = 2009-01-05"),
                "first_round 2009-04-24 must be before deadline 2009-01-05");
        fails(SHIPPED.replace("rank.missile_defense = separate > preamble > binding-limits",
                "rank.missile_defense = separate > binding-limits"), "must rank exactly the options of issue 'missile_defense'");
        fails(SHIPPED.replace("[delegation RU]", "[delegation France]"),
                "field 'delegation': unknown party 'France'");
        fails(SHIPPED.replace("round_days = 7", "round_days = weekly"), "field 'round_days': expected a whole number");
        fails(SHIPPED.replace("deadline_kind = soft", "deadline_kind = maybe"), "expected 'hard' or 'soft'");
        fails(SHIPPED.replace("deadline_kind = soft\n", "").replace("end = 2010-06-30\n", "end = 2010-06-30\n")
                .replace("deadline_kind", "x"), "only a soft deadline has an end");
        fails(SHIPPED.replace("param.cost.warhead = 0.05 - assumption: a warhead's upkeep is a twentieth of a silo launcher's\ncapacity.Minuteman",
                "capacity.Minuteman"), "gives no 'param.cost.warhead");
        fails(SHIPPED.replace("ratification.base = 0.8 -", "ratification.base = 1.8 -"), "must be a probability or factor");
        fails(SHIPPED.replace("ratification.unique_ids.no = 0.9", "ratification.unique_ids.maybe = 0.9"),
                "ratification.ISSUE.OPTION");
        fails(SHIPPED.replace("project.SS-19 = deployed 0", "project.SS-19 = deployed many"), "project.SS-19");
        fails(SHIPPED.replace("no_treaty = separate", "no_treaty = never"), "no_treaty 'never' is not one of");
    }

    @Test
    void scenario_takesAnyNumberOfParties_andRefusesFewerThanTwo() {
        Scenario s = Scenarios.resolve("start-2009");
        Party cn = new Party("CN", "China");
        Map<Party, Delegation> three = new java.util.LinkedHashMap<>(s.delegations());
        Delegation ru = s.delegation(Party.RU);
        three.put(cn, new Delegation(cn, ru.agent(), null, ru.weights(), ru.rankings(), ru.parameters(), List.of(),
                Map.of(), Map.of()));
        Scenario t = new Scenario(s.id(), s.name(), List.of(Party.US, Party.RU, cn), s.postures(), s.firstRound(),
                s.deadline(), s.softDeadline(), s.end(), s.roundDays(), s.reductionYears(), s.counting(), s.issues(), three,
                s.parameters(), s.sources());
        assertThat(t.parties()).hasSize(3);
        assertThat(t.others(Party.US)).containsExactly(Party.RU, cn);
        assertThat(t.delegations().keySet()).containsExactly(Party.US, Party.RU, cn);
        assertThatThrownBy(() -> new Scenario(s.id(), s.name(), List.of(Party.US), s.postures(), s.firstRound(),
                s.deadline(), s.softDeadline(), s.end(), s.roundDays(), s.reductionYears(), s.counting(), s.issues(),
                Map.of(Party.US, s.delegation(Party.US)), s.parameters(), s.sources()))
                .hasMessageContaining("two or more distinct parties");
    }

    /** Issue 13, item 4: a calendar of millions of rounds grew to gigabytes and died with an OutOfMemoryError. */
    @Test
    void bounds_hugeCalendar_refusedWithTheRoundsItWouldHold() {
        String farDeadline = SHIPPED.replace("deadline_kind = soft", "deadline_kind = hard").replaceAll("(?m)^end = .*$",
                "").replace("deadline = 2009-12-05", "deadline = +999999999-12-31").replace("round_days = 7",
                "round_days = 1");
        fails(farDeadline, "rounds; at most 1000 are accepted");
        String thousandYears = SHIPPED.replace("end = 2010-06-30", "end = 3009-06-30").replace("round_days = 7",
                "round_days = 1");
        fails(thousandYears, "rounds; at most 1000 are accepted");
    }

    /** Issue 13, item 4: a 1,000-value warhead issue ran past 90 s. */
    @Test
    void bounds_tooManyValuesOrOutcomes_refused() {
        StringBuilder many = new StringBuilder("values = ");
        for (int i = 1; i <= 1000; i++) {
            many.append(i == 1 ? "" : ", ").append(i * 10);
        }
        fails(SHIPPED.replace("values = 500, 1000, 1500, 1550, 1675, 2000, 2200", many.toString()),
                "lists 1000 values; at most 50 are accepted");
        fails(SHIPPED.replace("values = 500, 1000, 1500, 1550, 1675, 2000, 2200",
                "values = 500, 1000, 1500, 1550, 1675, 2000, 2200, 2300, 2400, 2500, 2600, 2700, 2800, 2900, 3000, "
                        + "3100, 3200, 3300, 3400, 3500, 3600, 3700, 3800, 3900, 4000"), "outcomes");
        fails(SHIPPED.replace("values = 500, 1000, 1500,", "values = 500, 99999999999999999999, 1500,"),
                "above the largest accepted");
    }

    /** Issue 13, item 10: {@code limit = bogus} on an issue that sets no limit was accepted and ignored. */
    @Test
    void limit_onAnIssueThatIsNoCeiling_refused() {
        fails(SHIPPED.replace("[issue inspections_per_year]\n", "[issue inspections_per_year]\nlimit = bogus\n"),
                "only a ceiling sets a limit");
    }
}
