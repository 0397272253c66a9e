package org.treatylab.domain.forces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Party;
import org.treatylab.domain.io.CsvTable;

/**
 * The 2009 posture is the 2011 posture with listed changes: every difference between the two files has a line with
 * its reason and source in us-russia-2009-changes.csv, and every line there is a real difference.
 */
class PostureChangesTest {
    private static final List<String> FIELDS = List.of("category", "deployed", "non_deployed", "test", "converted",
            "warheads", "weapons_per_bomber", "alcm_equipped");

    /** party/system/field -> value, with "row" = present for every row. */
    static Map<String, String> fields(List<Posture> postures) {
        Map<String, String> out = new TreeMap<>();
        for (Posture p : postures) {
            for (PostureRow r : p.rows()) {
                String k = p.party().code() + "/" + r.system() + "/";
                out.put(k + "row", "present");
                out.put(k + "category", r.category().name());
                out.put(k + "deployed", Long.toString(r.deployed()));
                out.put(k + "non_deployed", Long.toString(r.nonDeployed()));
                out.put(k + "test", Long.toString(r.test()));
                out.put(k + "converted", Long.toString(r.converted()));
                out.put(k + "warheads", r.reentryVehicles().map(String::valueOf).orElse(""));
                out.put(k + "weapons_per_bomber", Objects.toString(r.weaponsPerBomber(), ""));
                out.put(k + "alcm_equipped", Objects.toString(r.alcmEquipped(), ""));
            }
        }
        return out;
    }

    /** The differences between two postures: key -> {older, newer}; a row in one file only is field "row". */
    static Map<String, List<String>> differences(List<Posture> older, List<Posture> newer) {
        Map<String, String> a = fields(older);
        Map<String, String> b = fields(newer);
        Set<String> rows = new LinkedHashSet<>();
        for (String k : a.keySet()) {
            rows.add(k.substring(0, k.lastIndexOf('/') + 1));
        }
        for (String k : b.keySet()) {
            rows.add(k.substring(0, k.lastIndexOf('/') + 1));
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String row : rows) {
            boolean inA = a.containsKey(row + "row");
            boolean inB = b.containsKey(row + "row");
            if (inA != inB) {
                out.put(row + "row", List.of(inA ? "present" : "absent", inB ? "present" : "absent"));
                continue;
            }
            for (String f : FIELDS) {
                if (!a.get(row + f).equals(b.get(row + f))) {
                    out.put(row + f, List.of(a.get(row + f), b.get(row + f)));
                }
            }
        }
        return out;
    }

    static String changesText() throws IOException {
        try (InputStream in = Postures.class.getResourceAsStream(
                "/org/treatylab/domain/data/postures/us-russia-2009-changes.csv")) {
            return new String(Objects.requireNonNull(in, "changes file").readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void changes2009To2011_everyDifferenceListedWithReason_andNothingElse() throws IOException {
        Map<String, List<String>> actual = differences(Postures.resolve("us-russia-2009", null),
                Postures.resolve("us-russia-2011", null));
        Set<String> keys = ShippedPostureSourcesTest.definedKeys(Postures.sourceText("us-russia-2009").orElseThrow()
                + Postures.sourceText("us-russia-2011").orElseThrow());
        Map<String, List<String>> listed = new LinkedHashMap<>();
        CsvTable t = CsvTable.parse("us-russia-2009-changes.csv", changesText());
        for (CsvTable.Row r : t.rows()) {
            String key = Party.parse(r.required("party")).code() + "/" + r.required("system") + "/"
                    + r.required("field");
            assertThat(listed.put(key, List.of(r.text("value_2009"), r.text("value_2011")))).as(r.origin()
                    + " listed once").isNull();
            assertThat(r.required("reason")).as(r.origin()).matches(
                    "(retirement|deployment|conversion|loading|calibration|status): .+");
            for (String k : r.required("source").split(";")) {
                assertThat(keys).as(r.origin() + " source key " + k.trim()).contains(k.trim());
            }
        }
        assertThat(listed).isEqualTo(actual);
        System.out.println("us-russia-2009 -> us-russia-2011: " + actual.size() + " differences, each with its "
                + "reason in us-russia-2009-changes.csv");
    }

    @Test
    void differences_handWorkedPair() {
        List<Posture> older = org.treatylab.domain.TestData.csv("""
                party,system,category,deployed,warheads_total,as_of
                US,M,ICBM,10,30,2009-01-01
                US,Gone,ICBM,5,5,2009-01-01
                """);
        List<Posture> newer = org.treatylab.domain.TestData.csv("""
                party,system,category,deployed,warheads_total,as_of
                US,M,ICBM,10,20,2011-01-01
                US,New,ICBM,1,1,2011-01-01
                """);
        assertThat(differences(older, newer)).containsExactly(
                Map.entry("US/Gone/row", List.of("present", "absent")),
                Map.entry("US/M/warheads", List.of("30", "20")),
                Map.entry("US/New/row", List.of("absent", "present")));
    }
}
