package org.treatylab.domain.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.treatylab.domain.TestData.one;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.InputException;
import org.treatylab.domain.forces.Posture;

class NewStartAndSortCountingTest {
    private static final CountingRuleSet NEW_START = CountingRuleSets.get("new-start");
    private static final CountingRuleSet SORT = CountingRuleSets.get("sort");

    // Worked by hand:
    //   ICBM  400 deployed x 1 RV, 50 non-deployed, 4 test                -> 400 DV, 400 WH, 450 L
    //   SLBM  240 deployed, 960 RVs in total, 40 non-deployed (empty tubes) -> 240 DV, 960 WH, 280 L
    //   bomber 60 deployed (weapons 16), 6 non-deployed, 30 converted       -> 60 DV, 60 WH, 66 L
    //   New START: DV 700, WH 1,420, L 796.  SORT: 400 + 960 + 60*16 = 2,320.
    private static final String CSV = """
            # a hand-worked posture
            system,party,category,deployed,non_deployed,test,converted,warheads_total,weapons_per_bomber
            Silo ICBM,US,ICBM,400,50,4,0,400,
            Boat SLBM,US,SLBM,240,40,0,0,960,
            Bomber,US,HEAVY_BOMBER,60,6,0,30,,16
            """;

    @Test
    void newStart_handWorkedPosture() {
        Posture p = one(CSV);
        assertThat(NEW_START.count(p, NEW_START.withDefaults(Map.of())))
                .containsExactly(Map.entry("deployed-launchers", 700L), Map.entry("warheads", 1420L),
                        Map.entry("total-launchers", 796L));
    }

    @Test
    void newStart_assignedBomberOption_countsWeaponsPerBomber() {
        assertThat(NEW_START.count(one(CSV), NEW_START.withDefaults(Map.of("bomber_warheads", "assigned"))))
                .containsEntry("warheads", 400L + 960 + 60 * 16);
    }

    @Test
    void sort_countsAssignedBomberWeapons() {
        assertThat(SORT.count(one(CSV), Map.of())).containsEntry("deployed-warheads", 2320L);
    }

    @Test
    void perMissileWarheads_multiplyByDeployedOnly() {
        Posture p = one("party,system,category,deployed,non_deployed,warheads\nRU,Yars,MOBILE_ICBM,10,3,4\n");
        assertThat(NEW_START.count(p, NEW_START.withDefaults(Map.of())))
                .containsEntry("warheads", 40L).containsEntry("total-launchers", 13L);
    }

    @Test
    void missingData_isAnErrorNamingRowAndColumn() {
        assertThatThrownBy(() -> NEW_START.count(one("party,system,category,deployed\nUS,M,ICBM,3\n"), Map.of()))
                .isInstanceOf(InputException.class)
                .hasMessage("test.csv line 2: New START counting needs 'warheads' or 'warheads_total' for M");
        assertThatThrownBy(() -> SORT.count(one("party,system,category,deployed\nUS,B,HEAVY_BOMBER,3\n"), Map.of()))
                .hasMessage("test.csv line 2: SORT counting needs 'weapons_per_bomber' for B");
    }
}
