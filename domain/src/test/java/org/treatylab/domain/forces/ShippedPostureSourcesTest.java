package org.treatylab.domain.forces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.io.CsvTable;

/** Every row of the sourced shipped postures names its status and sources, and every source key is defined. */
class ShippedPostureSourcesTest {
    private static final List<String> SOURCED = List.of("us-russia-2009", "us-russia-2011", "us-russia-2024",
            "china-2025", "china-2030", "china-2035");
    private static final Set<String> STATUSES = Set.of("confirmed", "estimate", "assumption", "projection");
    /** A source definition in a header: "#   KEY title, date, address" (continuation lines are indented further). */
    private static final Pattern KEY_LINE = Pattern.compile("^#\\s{2,4}([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\\s+\\S.*$");

    static Set<String> definedKeys(String text) {
        Set<String> keys = new HashSet<>();
        for (String line : text.lines().toList()) {
            Matcher m = KEY_LINE.matcher(line);
            if (m.matches()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    @Test
    void sourcedPostures_everyRowHasStatusSourceAndNote() {
        for (String name : SOURCED) {
            String text = Postures.sourceText(name).orElseThrow();
            Set<String> keys = definedKeys(text);
            assertThat(keys).as(name + " defines source keys").isNotEmpty();
            assertThat(text).as(name).doesNotContainIgnoringCase("from recollection");
            CsvTable t = CsvTable.parse(name, text);
            assertThat(t.rows()).as(name).isNotEmpty();
            for (CsvTable.Row r : t.rows()) {
                String where = name + " " + r.origin();
                assertThat(r.text("status")).as(where + " status").isIn(STATUSES);
                assertThat(r.isBlank("note")).as(where + " note").isFalse();
                assertThat(r.isBlank("source")).as(where + " source").isFalse();
                for (String key : r.text("source").split(";")) {
                    assertThat(keys).as(where + ": source key '" + key.trim() + "' is defined in the header")
                            .contains(key.trim());
                }
            }
        }
    }

    @Test
    void chinaPostures_projectionsAreMarkedSoAndTodaysAreNot() {
        for (String name : List.of("china-2030", "china-2035")) {
            CsvTable t = CsvTable.parse(name, Postures.sourceText(name).orElseThrow());
            for (CsvTable.Row r : t.rows()) {
                assertThat(r.text("status")).as(name + " " + r.origin()).isEqualTo("projection");
            }
        }
        CsvTable today = CsvTable.parse("china-2025", Postures.sourceText("china-2025").orElseThrow());
        for (CsvTable.Row r : today.rows()) {
            assertThat(r.text("status")).as(r.origin()).isNotEqualTo("projection");
        }
    }

    @Test
    void keyPattern_readsDefinitionsNotProse() {
        Set<String> keys = definedKeys("""
                #   FAS-2009-02    Kristensen, "Title", FAS, February 2009, https://example.org/a
                #                  (continuation line, not a key)
                # prose mentioning FAS-2011-12 is not a definition
                #   MOU-1990       START MOU data, https://example.org/b
                #   PODVIG-2010-04 Podvig, a key filling its column, https://example.org/c
                #                  B-52G Falls (a continuation line starting with capitals)
                """);
        assertThat(keys).containsExactlyInAnyOrder("FAS-2009-02", "MOU-1990", "PODVIG-2010-04");
    }
}
