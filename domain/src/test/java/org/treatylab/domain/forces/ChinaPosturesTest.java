package org.treatylab.domain.forces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.counting.CountingRuleSets;

/** China's shipped postures against the totals their sources give, and postures joined with '+'. */
class ChinaPosturesTest {
    private static Map<String, Long> counted(String name) {
        Posture p = Postures.of(Postures.resolve(name, null), Party.CN);
        return CountingRuleSets.get("new-start").count(p, Map.of("bomber_warheads", "one", "medium_bombers",
                "counted"));
    }

    @Test
    void china2025_matchesTheSumsInItsHeader() {
        // 334 assigned warheads on 242 deployed launchers; the 270 empty new silos are non-deployed launchers
        assertThat(counted("china-2025")).containsExactly(Map.entry("deployed-launchers", 242L),
                Map.entry("warheads", 334L), Map.entry("total-launchers", 512L));
    }

    @Test
    void projections_comeWithinTenPercentOfDodsTotals() {
        // DoD: over 1,000 operational warheads by 2030 (China Military Power Reports 2023-2025), about 1,500 by 2035
        // (2022); the split by system is TreatyLab's assumption, the total must follow the source
        assertThat(counted("china-2030").get("warheads")).isBetween(900L, 1100L);
        assertThat(counted("china-2035").get("warheads")).isBetween(1350L, 1650L);
    }

    @Test
    void everyChineseSystem_isInTheCatalogueOfItsEra() {
        for (String name : List.of("china-2025", "china-2030", "china-2035")) {
            for (PostureRow r : Postures.of(Postures.resolve(name, null), Party.CN).rows()) {
                assertThat(Catalogue.shipped().find(Party.CN, r.system(), 2025)).as(name + " " + r.system())
                        .isPresent();
            }
        }
    }

    @Test
    void joinedNames_readSeveralPosturesInReportOrder() {
        List<Posture> all = Postures.inEffectOn(Postures.resolve("china-2025+us-russia-2024", null), null);
        assertThat(all).extracting(Posture::party).containsExactly(Party.US, Party.RU, Party.CN);
        assertThatThrownBy(() -> Postures.resolve("china-2025+china-2025", null)).isInstanceOf(InputException.class)
                .hasMessage("china-2025+china-2025: CN on 2025-01-01 is given by more than one of the joined postures");
        assertThatThrownBy(() -> Postures.resolve("us-russia-2024+", null)).isInstanceOf(InputException.class);
    }
}
