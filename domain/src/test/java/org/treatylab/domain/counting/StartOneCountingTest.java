package org.treatylab.domain.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.treatylab.domain.TestData.one;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.TestData;
import org.treatylab.domain.compliance.Compliance;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureRow;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;

class StartOneCountingTest {
    private static final Treaty START = Treaties.byId("start-1").orElseThrow();
    private static final CountingRuleSet RULES = CountingRuleSets.get("start-1");

    private static Map<String, Long> count(Posture p, Map<String, String> options) {
        return RULES.count(p, RULES.withDefaults(options));
    }

    @Test
    void mou1990_givesThePublishedTotals() {
        List<Posture> mou = TestData.shipped("start1-mou-1990");
        Map<String, Long> us = Compliance.count(START, mou.stream().filter(p -> p.party() == Party.US).findFirst().orElseThrow());
        Map<String, Long> ru = Compliance.count(START, mou.stream().filter(p -> p.party() == Party.RU).findFirst().orElseThrow());
        // Published MOU totals (FAS): US 2,246 / 10,563 / 8,210; USSR 2,500 / 10,271 / 9,416.
        assertThat(us).containsEntry("sndv", 2246L).containsEntry("accountable-warheads", 10563L)
                .containsEntry("ballistic-missile-warheads", 8210L).containsEntry("mobile-icbm-warheads", 0L)
                .containsEntry("heavy-icbm-warheads", 0L);
        assertThat(ru).containsEntry("sndv", 2500L).containsEntry("accountable-warheads", 10271L)
                .containsEntry("ballistic-missile-warheads", 9416L).containsEntry("mobile-icbm-warheads", 618L)
                .containsEntry("heavy-icbm-warheads", 3080L).containsEntry("heavy-icbms", 308L);
    }

    @Test
    void usBomberDiscount_crossingThe150Boundary_dependsOnListingOrder() {
        String header = "party,system,category,deployed,alcm_equipped\n";
        // Worked by hand: first 150 ALCM bombers count 10 each; the rest count what they are equipped for.
        // A first (100 x 20 ALCMs) then B (80 x 12): 100*10 + 50*10 + 30*12 = 1,860.
        Posture aFirst = one(header + "US,A,HEAVY_BOMBER,100,20\nUS,B,HEAVY_BOMBER,80,12\n");
        assertThat(count(aFirst, Map.of())).containsEntry("accountable-warheads", 1860L).containsEntry("sndv", 180L);
        // B first: 80*10 + 70*10 + 30*20 = 2,100.
        Posture bFirst = one(header + "US,B,HEAVY_BOMBER,80,12\nUS,A,HEAVY_BOMBER,100,20\n");
        assertThat(count(bFirst, Map.of())).containsEntry("accountable-warheads", 2100L);
        // Exactly 150: all discounted.
        assertThat(count(one(header + "US,A,HEAVY_BOMBER,150,20\n"), Map.of()))
                .containsEntry("accountable-warheads", 1500L);
        // 151: one bomber at its equipped 20.
        assertThat(count(one(header + "US,A,HEAVY_BOMBER,151,20\n"), Map.of()))
                .containsEntry("accountable-warheads", 1520L);
    }

    @Test
    void russianBomberDiscount_first180CountEight_andNonAlcmBombersCountOne() {
        String csv = "party,system,category,deployed,alcm_equipped\nRussia,Tu-95 (non-ALCM),HEAVY_BOMBER,40,0\n"
                + "RU,Tu-95 (ALCM),HEAVY_BOMBER,200,16\n";
        // 40*1 + 180*8 + 20*16 = 40 + 1,440 + 320 = 1,800; non-ALCM bombers do not use up the discount.
        assertThat(count(one(csv), Map.of())).containsEntry("accountable-warheads", 1800L).containsEntry("sndv", 240L);
    }

    @Test
    void bomberOptions_equippedAndOneEach_changeOnlyBombers() {
        String csv = "party,system,category,deployed,attribution,alcm_equipped\nUS,M,ICBM,10,3,\n"
                + "US,A,HEAVY_BOMBER,10,,20\nUS,G,HEAVY_BOMBER,5,,0\n";
        assertThat(count(one(csv), Map.of("bombers", "equipped"))).containsEntry("accountable-warheads", 30L + 200 + 5);
        assertThat(count(one(csv), Map.of("bombers", "one-each"))).containsEntry("accountable-warheads", 30L + 10 + 5);
        assertThat(count(one(csv), Map.of())).containsEntry("accountable-warheads", 30L + 100 + 5);
    }

    @Test
    void attributionDefaultsToWarheads_andMissingBothIsAnError() {
        assertThat(count(one("party,system,category,deployed,warheads\nUS,M,ICBM,10,3\n"), Map.of()))
                .containsEntry("ballistic-missile-warheads", 30L);
        assertThatThrownBy(() -> count(one("party,system,category,deployed\nUS,M,ICBM,10\n"), Map.of()))
                .isInstanceOf(InputException.class)
                .hasMessage("test.csv line 2: START I counting needs 'attribution' or 'warheads' for M");
    }

    @Test
    void unknownOption_isRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> RULES.withDefaults(Map.of("bomber", "x"))).hasMessageStartingWith(
                "unknown option 'bomber' for counting start-1 (known: [bombers,");
        assertThatThrownBy(() -> RULES.withDefaults(Map.of("bombers", "all"))).hasMessage(
                "option 'bombers' expects one of [discounted, equipped, one-each], got 'all'");
    }

    /** Brute force: expand every bomber into its own item, in listing order, and hand out the discount one by one. */
    @Test
    void property_randomPostures_matchItemByItemOracle() {
        Random rnd = new Random(20091205L);
        for (int trial = 0; trial < 2000; trial++) {
            Party party = rnd.nextBoolean() ? Party.US : Party.RU;
            StringBuilder csv = new StringBuilder("party,system,category,deployed,attribution,alcm_equipped\n");
            long bm = 0;
            long mobile = 0;
            long heavy = 0;
            long sndv = 0;
            long bombers = 0;
            long discountLeft = party == Party.US ? 150 : 180;
            long discount = party == Party.US ? 10 : 8;
            int rows = 1 + rnd.nextInt(8);
            for (int i = 0; i < rows; i++) {
                int n = rnd.nextInt(120);
                sndv += n;
                if (rnd.nextInt(3) == 0) {
                    int alcm = rnd.nextInt(3) == 0 ? 0 : 1 + rnd.nextInt(20);
                    csv.append(party).append(",B").append(i).append(",HEAVY_BOMBER,").append(n).append(",,")
                            .append(alcm).append('\n');
                    for (int k = 0; k < n; k++) {
                        if (alcm == 0) {
                            bombers += 1;
                        } else if (discountLeft > 0) {
                            bombers += discount;
                            discountLeft--;
                        } else {
                            bombers += alcm;
                        }
                    }
                } else {
                    String cat = List.of("ICBM", "MOBILE_ICBM", "HEAVY_ICBM", "SLBM").get(rnd.nextInt(4));
                    int att = 1 + rnd.nextInt(10);
                    csv.append(party).append(",M").append(i).append(',').append(cat).append(',').append(n)
                            .append(',').append(att).append(",\n");
                    bm += (long) n * att;
                    mobile += cat.equals("MOBILE_ICBM") ? (long) n * att : 0;
                    heavy += cat.equals("HEAVY_ICBM") ? (long) n * att : 0;
                }
            }
            Map<String, Long> got = count(one(csv.toString()), Map.of());
            assertThat(got).as(csv.toString())
                    .containsEntry("sndv", sndv)
                    .containsEntry("ballistic-missile-warheads", bm)
                    .containsEntry("mobile-icbm-warheads", mobile)
                    .containsEntry("heavy-icbm-warheads", heavy)
                    .containsEntry("accountable-warheads", bm + bombers);
        }
    }

    @Test
    void nonDeployedTestAndConvertedItems_areNotCountedBySndv() {
        Posture p = new Posture(Party.US, null, List.of(new PostureRow(Party.US, "M", org.treatylab.domain.Category.ICBM,
                10, 5, 2, 3, 1L, null, null, null, null, null, Map.of(), "", "row")));
        assertThat(count(p, Map.of())).containsEntry("sndv", 10L).containsEntry("ballistic-missile-warheads", 10L);
    }
}
