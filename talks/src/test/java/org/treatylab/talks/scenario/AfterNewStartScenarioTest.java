package org.treatylab.talks.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.stability.multi.StrikeScenario;

/** The shipped three-party scenario as read, its pre-registered inputs, and the per-party syntax's errors. */
class AfterNewStartScenarioTest {
    private static final String TEXT = Scenarios.sourceText("after-new-start-2026").orElseThrow();

    private static void fails(String text, String messagePart) {
        assertThatThrownBy(() -> ScenarioReader.parse("s.scenario", text)).isInstanceOf(InputException.class)
                .hasMessageContaining(messagePart);
    }

    @Test
    void shipped_readsThreePartiesPerPartyCeilingsAndItsSetup() {
        Scenario s = Scenarios.resolve("after-new-start-2026");
        assertThat(s.parties()).containsExactly(Party.US, Party.RU, Party.CN);
        assertThat(s.setup().bilateral()).containsExactly(Party.US, Party.RU);
        assertThat(s.setup().firstStrike()).isEqualTo(StrikeScenario.WORSE_SINGLE);
        assertThat(s.setup().ensembleAgents()).containsExactly("boulware", "linear", "conceder", "frequency", "micro");
        assertThat(s.setup().ensembleSeeds()).containsExactly(1L);
        TalksIssue w = s.issue("warheads").orElseThrow();
        TalksIssue cn = s.issue("cn_warheads").orElseThrow();
        assertThat(w.parties()).containsExactly(Party.US, Party.RU);
        assertThat(cn.parties()).containsExactly(Party.CN);
        assertThat(cn.limit()).isEqualTo("warheads");
        assertThat(cn.values()).containsExactly("common", "1500", "1000", "600", "none");
        assertThat(w.limits(Party.CN)).isFalse();
        assertThat(s.issue("deployed_launchers").orElseThrow().limits(Party.CN)).isTrue();
        // 2026-09-01 + 14k <= 2029-01-20 (872 days): k = 0..62; before 2027-02-05 (157 days): k = 0..11
        assertThat(s.rounds()).isEqualTo(63);
        assertThat(s.roundsBeforeDeadline()).isEqualTo(12);
        assertThat(s.delegation(Party.CN).parameters()).containsKey("cost.MEDIUM_BOMBER");
    }

    /** Pre-registration: every number that enters the model carries a source or a rationale. */
    @Test
    void shipped_everyInputHasASourceOrRationale() {
        Scenario s = Scenarios.resolve("after-new-start-2026");
        List<String> missing = new ArrayList<>();
        s.parameters().forEach((k, v) -> check(missing, k, v.rationale()));
        for (Delegation d : s.delegations().values()) {
            d.weights().forEach((c, w) -> check(missing, d.party() + ".weight." + c, w.rationale()));
            d.rankings().forEach((i, r) -> check(missing, d.party() + ".rank." + i, r.rationale()));
            d.parameters().forEach((k, v) -> check(missing, d.party() + ".param." + k, v.rationale()));
            d.capacities().forEach((k, v) -> check(missing, d.party() + ".capacity." + k, v.rationale()));
            d.ratification().forEach((k, v) -> check(missing, d.party() + ".ratification." + k, v.rationale()));
            d.projection().forEach(p -> check(missing, d.party() + ".project." + p.system(), p.source()));
        }
        for (TalksIssue i : s.issues()) {
            check(missing, i.id() + ".note", i.note());
        }
        assertThat(missing).as("numbers without a source or rationale").isEmpty();
        assertThat(s.delegation(Party.CN).projection()).hasSize(12);
    }

    private static void check(List<String> missing, String what, String text) {
        if (text == null || text.isBlank() || text.strip().length() < 5) {
            missing.add(what);
        }
    }

    @Test
    void bilateral_chinaOutside_itsOwnCeilingFixedAtNone() {
        Scenario b = Scenarios.resolve("after-new-start-2026").bilateral();
        assertThat(b.id()).isEqualTo("after-new-start-2026-bilateral");
        assertThat(b.parties()).containsExactly(Party.US, Party.RU);
        assertThat(b.setup().outside()).containsExactly(Party.CN);
        assertThat(b.forceParties()).containsExactly(Party.US, Party.RU, Party.CN);
        assertThat(b.issue("cn_warheads")).isEmpty();
        assertThat(b.setup().fixed()).containsExactly(java.util.Map.entry("cn_warheads", "none"));
        assertThat(b.issues()).hasSize(9);
        assertThatThrownBy(b::bilateral).hasMessageContaining("gives no 'bilateral = A, B'");
    }

    @Test
    void perPartySyntax_badInput_namesTheProblem() {
        fails(TEXT.replace("parties = CN\nvalues = common", "parties = RU, CN\nvalues = common"),
                "issues 'warheads' and 'cn_warheads' both set limit 'warheads' for the same parties");
        fails(TEXT.replace("label = China's deployed warhead ceiling\nkind = ceiling\nlimit = warheads\nparties = CN\n",
                "label = China's deployed warhead ceiling\nkind = ceiling\nlimit = warheads\n"),
                "option 'common' needs 'parties = ...'");
        fails(TEXT.replace("parties = CN\nvalues = common", "parties = France\nvalues = common"), "France");
        fails(TEXT.replace("first_strike = worse-single", "first_strike = everyone"),
                "expected worse-single or joint, got 'everyone'");
        fails(TEXT.replace("ensemble.seeds = 1", "ensemble.seeds = none"), "expected a number of seeds >= 1");
        fails(TEXT.replace("bilateral = US, RU", "bilateral = US, RU, CN"), "expected two parties");
        fails(TEXT.replace("values = none, 500, 700, 800", "values = none, common, 700, 800"), "common");
        fails(TEXT.replace("param.cost.MEDIUM_BOMBER =", "param.cost.LIGHT_BOMBER ="), "unknown parameter");
    }

    @Test
    void jointFirstStrike_isReadAsTheScenarioChoice() {
        Scenario s = ScenarioReader.parse("s.scenario", TEXT.replace("first_strike = worse-single",
                "first_strike = joint"));
        assertThat(s.setup().firstStrike()).isEqualTo(StrikeScenario.JOINT);
    }
}
