package org.treatylab.domain.forces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.Status;
import org.treatylab.domain.io.CsvTable;

class CatalogueTest {
    private final Catalogue cat = Catalogue.shipped();

    @Test
    void shipped_hasThreeErasForBothPartiesAndChinaIn2025() {
        assertThat(cat.eras()).containsExactly(1990, 2009, 2024, 2025);
        assertThat(cat.select(2025, null)).extracting(t -> t.party()).containsOnly(Party.CN);
        for (int era : List.of(1990, 2009, 2024)) {
            assertThat(cat.select(era, Party.US)).as("US " + era).isNotEmpty();
            assertThat(cat.select(era, Party.RU)).as("RU " + era).isNotEmpty();
        }
        assertThat(cat.nearestEra(2010)).contains(2009);
        assertThat(cat.nearestEra(2020)).contains(2024);
    }

    @Test
    void everyValue_carriesSourceOrRationale() {
        for (DeliverySystemType t : cat.types()) {
            assertThat(t.source()).as(t.id()).isNotBlank();
            t.parameters().forEach((p, v) -> {
                if (v.status() == Status.ASSUMPTION) {
                    assertThat(v.note()).as(t.id() + " " + p).isNotBlank();
                } else {
                    assertThat(v.source()).as(t.id() + " " + p).isNotBlank();
                }
            });
        }
    }

    @Test
    void mouAttributions_agreeWithTheMouPosture() {
        for (Posture p : Postures.resolve("start1-mou-1990", null)) {
            for (PostureRow r : p.rows()) {
                DeliverySystemType t = cat.find(p.party(), r.system(), 1990).orElseThrow(() ->
                        new AssertionError("no catalogue entry for " + r.system()));
                assertThat(t.era()).isEqualTo(1990);
                assertThat(t.category()).isEqualTo(r.category());
                if (r.category().isBallisticMissile()) {
                    assertThat(t.parameter(SystemParameter.ATTRIBUTION).orElseThrow().value())
                            .isEqualTo((double) r.attributionPerMissile().orElseThrow());
                }
            }
        }
    }

    @Test
    void shippedPostures_armedSystemsFindTheirCatalogueEntries() {
        // Rows that carry no weapons (empty silos, retired or conventional bombers, Russia's unlisted non-deployed
        // launchers) are never targets or weapons in the stability model and need no parameters.
        for (String name : List.of("us-russia-2009", "us-russia-2011", "us-russia-2024")) {
            for (Posture p : Postures.resolve(name, null)) {
                for (PostureRow r : p.rows()) {
                    boolean armed = r.deployed() > 0 && (r.category().isBomber() ? r.weaponsPerBomber() > 0
                            : r.reentryVehicles().orElseThrow() > 0);
                    if (!armed) {
                        continue;
                    }
                    int year = p.asOf().getYear();
                    assertThat(cat.find(p.party(), r.system(), year)).as(name + " " + r.system())
                            .hasValueSatisfying(t -> {
                                if (cat.eras().contains(year)) {
                                    assertThat(t.era()).isEqualTo(year);
                                }
                            });
                }
            }
        }
    }

    @Test
    void badCatalogue_namesTheLine() {
        CsvTable systems = CsvTable.parse("s.csv", "id,party,era,name,category\nx,US,2009,X,ICBM\n");
        assertThatThrownBy(() -> CatalogueReader.read(systems, CsvTable.parse("p.csv",
                "system,parameter,value,status\nx,yield_kt,big,estimate\n"))).isInstanceOf(InputException.class)
                .hasMessage("p.csv line 2, column 'value': expected a number, a range like 300-335, or a range with the "
                        + "value used like 10-1200 use 1200, got 'big'");
        assertThatThrownBy(() -> CatalogueReader.read(systems, CsvTable.parse("p.csv",
                "system,parameter,value,status,source\nx,reliability,0.8,assumption,\n")))
                .hasMessage("p.csv line 2, column 'value': an assumption needs its rationale in the note");
        assertThatThrownBy(() -> CatalogueReader.read(systems, CsvTable.parse("p.csv",
                "system,parameter,value,status,source\ny,cep_m,100,estimate,z\n")))
                .hasMessage("p.csv: parameters for unknown system 'y'");
    }
}
