package org.treatylab.talks.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Category;
import org.treatylab.domain.Party;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureRow;
import org.treatylab.domain.forces.Postures;
import org.treatylab.negotiation.analysis.Analyzer;
import org.treatylab.talks.scenario.Delegation;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.Scenarios;
import org.treatylab.talks.scenario.TalksIssue;

/**
 * Nothing in the derivation assumes two parties: a third delegation (a party the domain does not list yet, with a
 * small invented force) gets its forces restructured, its criteria against the two others and its own preferences.
 */
class ThreePartyTest {
    @Test
    void threeDelegations_deriveThreeProfiles_andAnalyseTheirOutcomeSpace() {
        Scenario s = Scenarios.resolve("start-2009");
        Party cn = new Party("CN", "a third party (test)");
        List<TalksIssue> issues = s.issues().stream().filter(i -> List.of("warheads", "total_launchers",
                "missile_defense").contains(i.id())).toList();
        Map<Party, Delegation> dels = new LinkedHashMap<>(s.delegations());
        Delegation ru = s.delegation(Party.RU);
        dels.put(cn, new Delegation(cn, "conceder", null, ru.weights(), ru.rankings(), ru.parameters(), List.of(),
                Map.of(), Map.of()));
        Scenario three = new Scenario("three", "three parties (test)", List.of(Party.US, Party.RU, cn), s.postures(),
                s.firstRound(), s.deadline(), s.softDeadline(), s.end(), s.roundDays(), s.reductionYears(), s.counting(),
                issues, dels, s.parameters(), s.sources());
        List<Posture> shipped = Postures.inEffectOn(Postures.resolve("us-russia-2009", null), null);
        Map<Party, Posture> postures = new LinkedHashMap<>();
        postures.put(Party.US, Postures.of(shipped, Party.US));
        postures.put(Party.RU, Postures.of(shipped, Party.RU));
        LocalDate d = LocalDate.of(2009, 1, 1);
        postures.put(cn, new Posture(cn, d, List.of(new PostureRow(cn, "test ICBM", Category.ICBM, 20, 0, 0, 0, null, 20L,
                null, null, null, d, Map.of(), "", "test"))));
        Derivation der = Derivation.of(three, postures);
        assertThat(der.profiles()).hasSize(3);
        assertThat(der.domain().outcomeCount()).isEqualTo(7 * 3 * 3);
        // the third party's parity and threat look at both others; it is far behind, so its parity is low
        Scores cnNoTreaty = der.model().noTreaty(cn);
        assertThat(cnNoTreaty.score(org.treatylab.talks.scenario.Criterion.PARITY)).isLessThan(0.5);
        assertThat(cnNoTreaty.facts().get("other_upload_potential")).isGreaterThan(
                der.model().noTreaty(Party.US).facts().get("other_upload_potential") - 1e-9);
        var analysis = Analyzer.analyze(der.profiles());
        assertThat(analysis.reservations()).hasSize(3);
        assertThat(analysis.pareto()).isNotEmpty();
        var talks = org.treatylab.talks.play.Talks.of(der);
        var e = org.treatylab.talks.play.Ensemble.run(talks, new org.treatylab.talks.play.Ensemble.Spec(
                List.of("boulware", "conceder"), List.of(1L)));
        assertThat(e.runs()).isEqualTo(8);
        assertThat(e.all().get(0).agents().keySet()).containsExactly(Party.US, Party.RU, cn);
    }
}
