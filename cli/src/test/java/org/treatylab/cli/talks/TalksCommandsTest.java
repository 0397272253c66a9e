package org.treatylab.cli.talks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.report.Json;
import org.treatylab.cli.CliRun;

class TalksCommandsTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void talks_json_followsTheContract_andIsDeterministic() throws Exception {
        CliRun a = run("talks", "start-2009", "--seed", "5", "--format", "json");
        CliRun b = run("talks", "start-2009", "--seed", "5", "--format", "json");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
        JsonNode j = Json.MAPPER.readTree(a.out());
        for (String f : List.of("agreement", "agreed_on", "utilities", "reservation", "pareto_distance", "nash",
                "kalai_smorodinsky", "compared_to_new_start", "robustness")) {
            assertThat(j.has(f)).as(f).isTrue();
        }
        assertThat(j.get("seed").asInt()).isEqualTo(5);
        JsonNode rob = j.get("robustness");
        assertThat(rob.get("runs").asInt()).isEqualTo(125);
        for (String f : List.of("agreement_share", "agreement_share_by_deadline", "modal_share")) {
            assertThat(rob.get(f).asDouble()).as(f).isBetween(0.0, 1.0);
        }
        assertThat(rob.get("modal").has("terms")).isTrue();
        assertThat(rob.get("agreed_on").fieldNames()).toIterable().containsExactly("p10", "p50", "p90");
        assertThat(j.get("kalai_smorodinsky").has("agreement")).isTrue();
        assertThat(j.get("utilities").fieldNames()).toIterable().containsExactly("US", "RU");
        assertThat(j.get("nash").has("agreement")).isTrue();
        if (!j.get("agreement").isNull()) {
            for (String f : List.of("warheads", "deployed_launchers", "total_launchers", "missile_defense",
                    "inspections_per_year", "duration_years")) {
                assertThat(j.get("agreement").has(f)).as(f).isTrue();
            }
            assertThat(j.get("compared_to_new_start").get("new_start").get("warheads").get("signed").asInt())
                    .isEqualTo(1550);
        }
    }

    @Test
    void talks_table_andHtmlReport() throws Exception {
        Path html = dir.resolve("talks.html");
        CliRun r = run("talks", "start-2009", "--html", html.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("START follow-on talks").contains("Nash bargaining terms").contains("Stability")
                .contains("Kalai-Smorodinsky").contains("Distribution over the 125 runs").contains("modal terms")
                .contains("agreement by 2009-12-05").contains("Joint Understanding").contains("Why: It lands at ")
                .contains("The default run");
        CliRun off = run("talks", "start-2009", "--ensemble", "off");
        assertThat(off.out()).doesNotContain("Distribution over");
        String page = Files.readString(html);
        // One offline file: ECharts and the page's chart definitions inlined, nothing fetched.
        assertThat(page).startsWith("<!doctype html>").contains("data-chart=\"talksSpace\"")
                .contains("data-chart=\"talksCeilings\"").contains("data-chart=\"talksStability\"")
                .contains("const TreatyCharts").contains("TreatyCharts.drawAll()").doesNotContain("<svg")
                .doesNotContain("src=\"http").doesNotContain("<script src")
                .contains("Why these numbers").contains("1 = this delegation&#39;s best possible treaty")
                .contains("docs/talks-sources.md").contains("<td>survivability</td>");
    }

    @Test
    void explain_showsEveryIssueAndTheSourcedWeights() throws Exception {
        CliRun r = run("talks", "explain", "start-2009");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Issue warheads").contains("Issue missile_defense").contains("Delegation RU")
                .contains("Issue conventional_missiles").contains("linked a deal to U.S. missile defence")
                .contains("no treaty (reservation value)").contains("Restructured forces behind each option")
                .contains("US upload_hedge").contains("forces without a treaty")
                .contains("Values: 1 = this delegation's best possible treaty, 0 = its worst")
                .contains("docs/talks-sources.md");
        JsonNode j = Json.MAPPER.readTree(run("talks", "explain", "start-2009", "--format", "json").out());
        assertThat(j.get("issues").get(0).get("options").size()).isEqualTo(7);
        assertThat(j.get("issues").get(0).get("options").get(0).get("US").get("forces").get("systems").size())
                .isPositive();
    }

    @Test
    void sweep_csvHasARowPerValue() {
        CliRun r = run("talks", "sweep", "start-2009", "--vary", "RU.missile_defense", "--values", "0,0.3", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(3);
        assertThat(r.out()).startsWith("RU.missile_defense,result,");
    }

    @Test
    void badInput_isOneLineExitTwo() throws Exception {
        Path bad = dir.resolve("bad.scenario");
        Files.writeString(bad, "id = x\n");
        for (String[] args : List.of(new String[] {"talks", "nowhere"}, new String[] {"talks", bad.toString()},
                new String[] {"talks", "start-2009", "--agents", "US=genius"},
                new String[] {"talks", "start-2009", "--agents", "US"},
                new String[] {"talks", "start-2009", "--play", "France"},
                new String[] {"talks", "start-2009", "--ensemble", "huge"},
                new String[] {"talks", "sweep", "start-2009", "--vary", "weather", "--values", "1"},
                new String[] {"talks", "sweep", "start-2009", "--vary", "RU.stability", "--values", "x"},
                new String[] {"talks"})) {
            CliRun r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).startsWith("error: ").doesNotContain("Exception");
        }
    }

    @Test
    void play_aPersonAtTheConsole_offersThenEnds() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("h\no warheads=1500 missile_defense=binding-limits\nb 2\ne\n"
                    .getBytes(StandardCharsets.UTF_8)));
            CliRun r = run("talks", "start-2009", "--play", "RU");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("Round 1 of 62, 2009-04-24").contains("your value")
                    .contains("offering: warheads 1,500").contains("Round 2 of 62, 2009-05-01").contains("1. ")
                    .contains("NO AGREEMENT (ENDED");
        } finally {
            System.setIn(stdin);
        }
    }
}
