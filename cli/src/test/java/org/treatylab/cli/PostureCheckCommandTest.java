package org.treatylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.treatylab.report.Json;
import org.junit.jupiter.api.Test;

class PostureCheckCommandTest {

    @Test
    void check2011_showsCountedVsDeclared_csv() {
        CliRun r = CliRun.of("posture", "check", "us-russia-2011", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        // Hand count from the rows of us-russia-2011.csv. US: 450 + 247 + 75 + 11 + 39 + 60 = 882 deployed;
        // 500 + 1,165 re-entry vehicles + 185 deployed bombers = 1,850 warheads (+50 = +2.8% of 1,800);
        // 506 + 51 + 336 + 91 + 20 + 39 + 81 = 1,124 launchers. Russia: 40 + 60 + 139 + 50 + 18 + 6 + 80 + 48 + 60
        // + 13 = 514 (-7 = -1.3% of 521); 400 + 360 + 139 + 50 + 18 + 18 + 320 + 144 + 73 = 1,522 (-15 = -1.0%);
        // 514 + 344 non-deployed = 858 (-7 = -0.8% of 865).
        assertThat(r.out()).isEqualTo("""
                party,posture_date,limit,counted,declared,difference,percent,exchange,status
                US,2011-02-05,deployed-launchers,882,882,0,+0.0%,2011-02-05,V
                US,2011-02-05,warheads,1850,1800,+50,+2.8%,2011-02-05,V
                US,2011-02-05,total-launchers,1124,1124,0,+0.0%,2011-02-05,V
                RU,2011-02-05,deployed-launchers,514,521,-7,-1.3%,2011-02-05,V
                RU,2011-02-05,warheads,1522,1537,-15,-1.0%,2011-02-05,V
                RU,2011-02-05,total-launchers,858,865,-7,-0.8%,2011-02-05,V
                """);
    }

    @Test
    void check2011_tableNamesTheExchangeAndItsSource_json() throws Exception {
        CliRun t = CliRun.of("posture", "check", "us-russia-2011");
        assertThat(t.code()).isZero();
        assertThat(t.out()).contains("Counted under new-start vs the nearest official data (new-start-aggregates.csv,"
                + " within 12 months)").contains("US: data of 2011-02-05, status V, source: State Department fact "
                + "sheet of 2011-06-01");
        CliRun j = CliRun.of("posture", "check", "us-russia-2011", "--format", "json");
        JsonNode root = Json.MAPPER.readTree(j.out());
        assertThat(root.get("treaty").asText()).isEqualTo("new-start");
        assertThat(root.get("window_months").asInt()).isEqualTo(12);
        JsonNode ru = root.get("parties").get(1);
        assertThat(ru.get("party").asText()).isEqualTo("RU");
        assertThat(ru.get("exchange").get("date").asText()).isEqualTo("2011-02-05");
        JsonNode wh = ru.get("lines").get(1);
        assertThat(wh.get("limit").asText()).isEqualTo("warheads");
        assertThat(wh.get("counted").asLong()).isEqualTo(1522);
        assertThat(wh.get("declared").asLong()).isEqualTo(1537);
        assertThat(wh.get("difference").asLong()).isEqualTo(-15);
        assertThat(wh.get("percent").asDouble()).isCloseTo(-100.0 * 15 / 1537, org.assertj.core.api.Assertions.within(
                1e-9));
    }

    @Test
    void check2009_noNewStartDataBefore2011_butSortDeclarations() {
        CliRun none = CliRun.of("posture", "check", "us-russia-2009");
        assertThat(none.code()).isZero();
        assertThat(none.out()).contains("US: no official data within 12 months of 2009-01-01")
                .contains("RU: no official data within 12 months of 2009-01-01");
        CliRun sort = CliRun.of("posture", "check", "us-russia-2009", "--treaty", "sort", "--format", "csv");
        assertThat(sort.code()).as(sort.err()).isZero();
        // 577 + 1,165 + 5 x 86 bombers = 2,172 against 2,203 declared for 2009-02-05: -31, -1.4%.
        assertThat(sort.out()).isEqualTo("""
                party,posture_date,limit,counted,declared,difference,percent,exchange,status
                US,2009-01-01,deployed-warheads,2172,2203,-31,-1.4%,2009-02-05,V
                """);
    }

    @Test
    void check2024_russiaHasNoDataWithinAYear_widerWindowFindsIt() {
        CliRun r = CliRun.of("posture", "check", "us-russia-2024");
        assertThat(r.code()).isZero();
        // US against 2023-03-01: 400 + 970 re-entry vehicles + 48 bombers = 1,418 against 1,419.
        assertThat(r.out()).containsPattern("US +2024-01-01 +warheads +1418 +1419 +-1 +-0\\.1% +2023-03-01")
                .contains("RU: no official data within 12 months of 2024-01-01");
        CliRun wide = CliRun.of("posture", "check", "us-russia-2024", "--months", "24", "--format", "csv");
        // 2022-09-01 (16 months, status U) is nearer than 2022-03-01 (22 months).
        assertThat(wide.out()).contains("RU,2024-01-01,warheads,1568,1549,+19,+1.2%,2022-09-01,U");
    }

    @Test
    void badInput_oneLineExitTwo() {
        CliRun unknown = CliRun.of("posture", "check", "us-russia-1999");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().lines()).hasSize(1);
        assertThat(unknown.err()).startsWith("error: us-russia-1999: no such file");
        CliRun start = CliRun.of("posture", "check", "us-russia-2009", "--treaty", "start-1");
        assertThat(start.code()).isEqualTo(2);
        assertThat(start.err()).isEqualTo("error: no official data exchange is shipped for treaty 'start-1' "
                + "(posture check knows new-start and sort)\n");
        CliRun months = CliRun.of("posture", "check", "us-russia-2011", "--months", "-1");
        assertThat(months.code()).isEqualTo(2);
        assertThat(months.err()).isEqualTo("error: --months must be 0 or more, got -1\n");
        assertThat(months.out()).isEmpty();
    }
}
