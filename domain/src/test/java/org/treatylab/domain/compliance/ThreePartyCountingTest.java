package org.treatylab.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Party;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureReader;
import org.treatylab.domain.forces.Postures;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;

/**
 * Counting and compliance of three parties under the shipped trilateral framework (per-party warhead ceilings; the
 * H-6N counted as a bomber), against numbers worked out by hand in the comments.
 */
class ThreePartyCountingTest {
    /** Three small invented forces; the figures are chosen to be added up by hand, not taken from any source. */
    static final String FORCES = """
            party,system,category,deployed,non_deployed,test,warheads,warheads_total,weapons_per_bomber
            CN,DF-41 (silo),ICBM,100,200,10,3,,
            CN,JL-3 (CSS-N-20),SLBM,72,0,0,1,,
            CN,H-6N,MEDIUM_BOMBER,20,2,0,,,1
            US,Minuteman III,ICBM,400,50,0,1,,
            US,Trident II D5LE,SLBM,240,40,0,,960,
            US,B-52H,HEAVY_BOMBER,40,6,0,,,20
            RU,SS-27 Mod 2 RS-24 Yars,MOBILE_ICBM,200,60,0,4,,
            RU,SS-N-32 Bulava,SLBM,160,0,0,6,,
            RU,Tu-160/Tu-160M,HEAVY_BOMBER,15,0,0,,,12
            """;
    private final Treaty framework = Treaties.byId("trilateral-framework").orElseThrow();

    private PartyResult assess(Party p, LocalDate on) {
        List<Posture> all = PostureReader.parse("three.csv", FORCES, null);
        return Compliance.assess(framework, Postures.of(all, p), on);
    }

    @Test
    void trilateralFramework_onTheDayItsLimitsBind_countsEachPartyAgainstItsOwnCeilings() {
        LocalDate binding = LocalDate.of(2035, 2, 5);
        // US: deployed 400 + 240 + 40 = 680; warheads 400 x 1 + 960 + 40 bombers x 1 = 1,400; launchers 450 + 280 + 46
        // = 776. Ceilings 700 / 1,550 / 800: within, margins 20 / 150 / 24.
        PartyResult us = assess(Party.US, binding);
        assertThat(counted(us)).containsExactly(680L, 1400L, 776L);
        assertThat(us.limit("warheads").limit()).isEqualTo(1550);
        assertThat(us.limit("warheads").margin()).isEqualTo(150);
        assertThat(us.limits()).allMatch(l -> l.verdict() == Verdict.WITHIN);
        // RU: deployed 200 + 160 + 15 = 375; warheads 800 + 960 + 15 = 1,775 > 1,550: a cut of 225; launchers
        // 260 + 160 + 15 = 435.
        PartyResult ru = assess(Party.RU, binding);
        assertThat(counted(ru)).containsExactly(375L, 1775L, 435L);
        assertThat(ru.limit("warheads").verdict()).isEqualTo(Verdict.EXCEEDS);
        assertThat(ru.limit("warheads").requiredCut()).isEqualTo(225);
        // CN, the H-6N counted (option medium_bombers = counted): deployed 100 + 72 + 20 = 192; warheads 300 + 72 + 20
        // = 392 against China's own ceiling of 1,000 (margin 608); launchers 300 + 72 + 22 = 394 (the 10 test silos
        // are not counted).
        PartyResult cn = assess(Party.CN, binding);
        assertThat(counted(cn)).containsExactly(192L, 392L, 394L);
        assertThat(cn.limit("warheads").limit()).isEqualTo(1000);
        assertThat(cn.limit("warheads").margin()).isEqualTo(608);
        assertThat(cn.limit("deployed-launchers").limit()).isEqualTo(700);
    }

    @Test
    void newStart_leavesTheMediumBomberOut() {
        Treaty newStart = Treaties.byId("new-start").orElseThrow();
        Posture cn = Postures.of(PostureReader.parse("three.csv", FORCES, null), Party.CN);
        // without the H-6N: deployed 172, warheads 372, launchers 372
        assertThat(org.treatylab.domain.counting.CountingRuleSets.get("new-start").count(cn, Map.of("bomber_warheads",
                "one", "medium_bombers", "excluded"))).containsExactly(Map.entry("deployed-launchers", 172L),
                Map.entry("warheads", 372L), Map.entry("total-launchers", 372L));
        assertThat(newStart.options()).doesNotContainKey("medium_bombers");
    }

    @Test
    void beforeTheLimitsBind_theVerdictIsNotYetBindingWithTheFirstCeiling() {
        PartyResult cn = assess(Party.CN, LocalDate.of(2030, 1, 1));
        assertThat(cn.limit("warheads").verdict()).isEqualTo(Verdict.NOT_YET_BINDING);
        assertThat(cn.limit("warheads").limit()).isEqualTo(1000);
        assertThat(cn.limit("warheads").bindingFrom()).isEqualTo(LocalDate.of(2035, 2, 5));
    }

    @Test
    void series_cnColumnsAreKnownAndJudgedAgainstChinasCeiling() {
        AggregateSeries s = AggregateSeries.parse("s.csv", """
                as_of,status,us_wh,ru_wh,cn_wh,cn_dv
                2036-01-01,V,1500,1600,1100,650
                """);
        List<PartyResult> r = Compliance.assess(framework, s);
        assertThat(r).extracting(PartyResult::party).containsExactly(Party.US, Party.RU, Party.CN);
        PartyResult cn = r.get(2);
        assertThat(cn.limit("warheads").verdict()).isEqualTo(Verdict.EXCEEDS);
        assertThat(cn.limit("warheads").requiredCut()).isEqualTo(100);
        assertThat(cn.limit("deployed-launchers").verdict()).isEqualTo(Verdict.WITHIN);
        assertThat(r.get(0).limit("warheads").verdict()).isEqualTo(Verdict.WITHIN);
        assertThat(r.get(1).limit("warheads").requiredCut()).isEqualTo(50);
    }

    private static List<Long> counted(PartyResult r) {
        return r.limits().stream().map(LimitResult::counted).toList();
    }
}
