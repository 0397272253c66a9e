package org.treatylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.treatylab.report.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandsHelp_printsNoPicocliWarning() throws Exception {
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        java.util.List<String> seen = new java.util.ArrayList<>();
        try {
            java.util.Deque<picocli.CommandLine> todo = new java.util.ArrayDeque<>();
            todo.add(new picocli.CommandLine(new TreatyLabCommand()));
            while (!todo.isEmpty()) {
                picocli.CommandLine c = todo.poll();
                c.getUsageMessage();
                seen.add(c.getCommandSpec().qualifiedName());
                todo.addAll(c.getSubcommands().values());
            }
        } finally {
            System.setErr(old);
        }
        assertThat(seen).contains("treatylab stability exchange", "treatylab serve", "treatylab talks explain");
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).as("standard error").doesNotContain("WARN");
    }

    @Test
    void treaties_listsTheThreeShipped() {
        CliRun r = CliRun.of("treaties");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("start-1").contains("sort").contains("new-start");
    }

    @Test
    void treatyShowFile_copiesIntoAValidDraft() throws Exception {
        CliRun file = CliRun.of("treaty", "show", "new-start", "--format", "file");
        assertThat(file.code()).isZero();
        Path draft = dir.resolve("draft.treaty");
        Files.writeString(draft, file.out().replace("id = new-start", "id = my-draft")
                .replace("ceiling = 1550 from 2018-02-05", "ceiling = 1000 from 2018-02-05"));
        CliRun ok = CliRun.of("treaty", "validate", draft.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).startsWith("ok: my-draft");
        CliRun show = CliRun.of("treaty", "show", draft.toString(), "--format", "json");
        JsonNode j = Json.MAPPER.readTree(show.out());
        assertThat(j.get("limits").get(1).get("ceiling").asLong()).isEqualTo(1000);
        CliRun count = CliRun.of("count", "--treaty", draft.toString(), "--posture", "us-russia-2024", "--format",
                "json");
        assertThat(Json.MAPPER.readTree(count.out()).get("treaty").asText()).isEqualTo("my-draft");
    }

    @Test
    void treatyValidate_badFile_exitTwoOneLine() throws Exception {
        Path draft = dir.resolve("bad.treaty");
        Files.writeString(draft, "id = x\nparties = US, RU\nentry_into_force = 2011-02-05\n[limit warheads]\nceiling = 5\n");
        CliRun r = CliRun.of("treaty", "validate", draft.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + draft + " line 4, field 'counting'");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void compliance_newStartSeries_json() throws Exception {
        CliRun r = CliRun.of("compliance", "--treaty", "new-start", "--aggregates", "new-start-aggregates",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode results = Json.MAPPER.readTree(r.out()).get("results");
        JsonNode first = results.get(0);
        assertThat(first.get("date").asText()).isEqualTo("2011-02-05");
        assertThat(first.get("party").asText()).isEqualTo("US");
        assertThat(first.get("limits").get(0).get("verdict").asText()).isEqualTo("NOT_YET_BINDING");
        boolean anyExceeds = false;
        for (JsonNode row : results) {
            for (JsonNode l : row.get("limits")) {
                anyExceeds |= "EXCEEDS".equals(l.get("verdict").asText());
            }
        }
        assertThat(anyExceeds).isFalse();
    }

    @Test
    void compliance_postureSeries_andMissingInput() throws Exception {
        Path p = dir.resolve("series.csv");
        Files.writeString(p, "party,system,category,deployed,warheads,as_of\nUS,M,ICBM,800,1,2017-01-01\n"
                + "US,M,ICBM,690,1,2019-01-01\n");
        CliRun r = CliRun.of("compliance", "--treaty", "new-start", "--posture", p.toString(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2017-01-01,US,,deployed-launchers,800,700,-100,100,NOT_YET_BINDING")
                .contains("2019-01-01,US,,deployed-launchers,690,700,10,0,WITHIN");
        CliRun none = CliRun.of("compliance", "--treaty", "new-start");
        assertThat(none.code()).isEqualTo(2);
    }

    @Test
    void catalogueAndPosture_show() {
        CliRun c = CliRun.of("catalogue", "--year", "2010", "--party", "russia");
        assertThat(c.code()).isZero();
        assertThat(c.out()).contains("ru-2009-ss-18").doesNotContain("us-2009").doesNotContain("ru-2024");
        CliRun p = CliRun.of("posture", "show", "start1-mou-1990");
        assertThat(p.code()).isZero();
        assertThat(p.out()).contains("US: 2,246 deployed vehicles");
        CliRun bad = CliRun.of("catalogue", "--party", "France");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("error: unknown party 'France' (expected US, USA, RU, USSR, Russia, CN, China or PRC)\n");
    }
}
