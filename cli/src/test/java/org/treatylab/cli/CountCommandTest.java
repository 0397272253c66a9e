package org.treatylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.treatylab.report.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountCommandTest {
    @TempDir
    Path dir;

    @Test
    void count_mouUnderStartOne_printsPublishedTotalsAsJson() throws Exception {
        CliRun r = CliRun.of("count", "--treaty", "start-1", "--posture", "start1-mou-1990", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertThat(j.get("treaty").asText()).isEqualTo("start-1");
        assertThat(j.get("date").isNull()).isTrue();
        JsonNode us = j.get("parties").get(0);
        assertThat(us.get("party").asText()).isEqualTo("US");
        JsonNode sndv = us.get("limits").get(0);
        assertThat(sndv.get("id").asText()).isEqualTo("sndv");
        assertThat(sndv.get("counted").asLong()).isEqualTo(2246);
        assertThat(sndv.get("limit").asLong()).isEqualTo(1600);
        assertThat(sndv.get("margin").asLong()).isEqualTo(-646);
        assertThat(sndv.get("required_cut").asLong()).isEqualTo(646);
        assertThat(sndv.get("verdict").isNull()).isTrue();
        JsonNode ru = j.get("parties").get(1);
        assertThat(ru.get("party").asText()).isEqualTo("RU");
        assertThat(ru.get("limits").get(1).get("counted").asLong()).isEqualTo(10271);
        assertThat(ru.get("limits").get(4).get("id").asText()).isEqualTo("heavy-icbm-warheads");
        assertThat(ru.get("limits").get(4).get("counted").asLong()).isEqualTo(3080);
    }

    @Test
    void count_withDate_givesVerdicts_tableAndCsv() {
        CliRun r = CliRun.of("count", "--treaty", "start-1", "--posture", "start1-mou-1990", "--date", "2005-01-01");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("date: 2005-01-01").contains("EXCEEDS");
        CliRun csv = CliRun.of("count", "--treaty", "new-start", "--posture", "us-russia-2009", "--format", "csv");
        assertThat(csv.out()).startsWith("party,limit,counted,ceiling,margin,required_cut,verdict\n")
                // 450 Minuteman III + 247 Trident II + 75 B-52H + 11 B-2A + 39 B-52G + 60 B-1B = 882 deployed.
                .contains("US,deployed-launchers,882,700,-182,182,NOT_IN_FORCE");
    }

    @Test
    void badInput_oneLineErrorExitTwo() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "party,system,category,deployed\nUS,A,ICBM,x\n");
        CliRun r = CliRun.of("count", "--treaty", "new-start", "--posture", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: " + bad + " line 2, column 'deployed': expected a whole number, got 'x'\n");

        CliRun unknown = CliRun.of("count", "--treaty", "salt-9", "--posture", bad.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().lines()).hasSize(1);
        assertThat(unknown.err()).startsWith("error: unknown treaty 'salt-9'");

        CliRun missing = CliRun.of("count", "--treaty", "new-start");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().lines()).hasSize(1);
        assertThat(missing.err()).contains("--posture");

        CliRun badDate = CliRun.of("count", "--treaty", "new-start", "--posture", "us-russia-2009", "--date", "soon");
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.err().lines()).hasSize(1);
    }

    @Test
    void badDate_namesTheOption_oneLineExitTwo() {
        for (String[] args : new String[][] {
            {"count", "--treaty", "new-start", "--posture", "us-russia-2009", "--date", "2018-13-01"},
            {"posture", "check", "us-russia-2011", "--date", "5 Feb 2011"},
            {"stability", "treaty", "new-start", "--posture", "us-russia-2009", "--date", "2018-02-30"}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).startsWith("error: Invalid value for option '--date': expected a date YYYY-MM-DD, got '"
                    + args[args.length - 1] + "'").doesNotContain("Exception");
        }
    }

    @Test
    void count_needsData_reportsTheRow() throws Exception {
        Path p = dir.resolve("bombers.csv");
        Files.writeString(p, "party,system,category,deployed,warheads\nUS,M,ICBM,10,1\nUS,B-52H,HEAVY_BOMBER,4,\n");
        CliRun r = CliRun.of("count", "--treaty", "sort", "--posture", p.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + p + " line 3: SORT counting needs 'weapons_per_bomber' for B-52H\n");
        CliRun ok = CliRun.of("count", "--treaty", "sort", "--posture", "us-russia-2009", "--format", "csv");
        // 577 + 1,165 RVs + 5 x (75 B-52H + 11 B-2A) = 2,172 (bomber weapons calibrated to the SORT total of
        // 2009-02-05, as the posture's header states); none on the retired B-52Gs and conventional B-1Bs.
        assertThat(ok.out()).contains("US,deployed-warheads,2172,2200");
    }
}
