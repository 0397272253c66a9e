package org.treatylab.domain.forces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.SourcedValue;
import org.treatylab.domain.Status;
import org.treatylab.domain.io.CsvTable;

/**
 * Every catalogue row names a status and source keys defined in the header of its file (parameters.csv defines the
 * parameters' keys, systems.csv its own), no header claims figures "from recollection", and no range reaches an
 * engine as a silent midpoint.
 */
class CatalogueSourcesTest {
    private static final Set<String> STATUSES = Set.of("confirmed", "estimate", "assumption");
    /** Parameters no engine reads: a range may stand without the value used. */
    private static final Set<String> DISPLAY_ONLY = Set.of("range_km");

    private static String shipped(String name) {
        try (InputStream in = CatalogueReader.class.getResourceAsStream(CatalogueReader.SHIPPED_DIR + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertKeysDefined(String file, String sourceColumn, Set<String> keys, CsvTable.Row r) {
        String where = file + " " + r.origin();
        assertThat(r.isBlank(sourceColumn)).as(where + ": source key").isFalse();
        for (String key : r.text(sourceColumn).split(";")) {
            assertThat(keys).as(where + ": source key '" + key.trim() + "' is defined in the header of " + file)
                    .contains(key.trim());
        }
    }

    @Test
    void parameters_everyRowHasAStatusAndDefinedSourceKeys() {
        String text = shipped("parameters.csv");
        Set<String> keys = ShippedPostureSourcesTest.definedKeys(text);
        assertThat(keys).contains("MOU-1990", "TL-MODEL", "TL-POSTURES");
        CsvTable t = CsvTable.parse("parameters.csv", text);
        assertThat(t.rows()).hasSizeGreaterThan(100);
        for (CsvTable.Row r : t.rows()) {
            assertThat(r.text("status")).as("parameters.csv " + r.origin() + " status").isIn(STATUSES);
            assertKeysDefined("parameters.csv", "source", keys, r);
            if (r.text("status").equals("assumption")) {
                assertThat(r.isBlank("note")).as("parameters.csv " + r.origin() + ": an assumption's rationale")
                        .isFalse();
            }
        }
    }

    @Test
    void systems_everyRowHasDefinedSourceKeys() {
        String text = shipped("systems.csv");
        Set<String> keys = ShippedPostureSourcesTest.definedKeys(text);
        for (CsvTable.Row r : CsvTable.parse("systems.csv", text).rows()) {
            assertKeysDefined("systems.csv", "source", keys, r);
        }
    }

    @Test
    void headers_claimNoFiguresFromRecollection() {
        for (String name : List.of("systems.csv", "parameters.csv")) {
            assertThat(shipped(name)).as(name).doesNotContainIgnoringCase("recollection");
        }
    }

    @Test
    void rangesEnginesRead_stateTheValueUsed() {
        for (DeliverySystemType t : Catalogue.shipped().types()) {
            t.parameters().forEach((p, v) -> {
                if (v.isRange() && !DISPLAY_ONLY.contains(p.column())) {
                    assertThat(v.statesValueUsed()).as(t.id() + " " + p.column() + " " + v.text()
                            + ": a range an engine reads states the value used (an assumption with its rationale)")
                            .isTrue();
                    assertThat(v.status()).isEqualTo(Status.ASSUMPTION);
                }
            });
        }
    }

    @Test
    void b2YieldRange_isKeptAndTheValueUsedIsTheStatedOne() {
        SourcedValue y = Catalogue.shipped().select(2009, org.treatylab.domain.Party.US).stream()
                .filter(t -> t.id().equals("us-2009-b2a")).findFirst().orElseThrow()
                .parameter(SystemParameter.YIELD_KT).orElseThrow();
        assertThat(y.low()).isEqualTo(10);
        assertThat(y.high()).isEqualTo(1200);
        assertThat(y.value()).isEqualTo(1200).isNotEqualTo((y.low() + y.high()) / 2);
        assertThat(y.note()).contains("B83");
    }
}
