package org.treatylab.cli.stability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.report.Json;
import org.treatylab.cli.Main;

class StabilityCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return Json.MAPPER.readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void sspk_json_handWorkedVector() throws Exception {
        // 1 Mt on 1000 psi: LR = 0.262 nmi = 485.224 m; CEP = LR gives SSPK 0.5; R 0.8: TKP 0.4; 2 warheads 0.64.
        Run r = run("stability", "sspk", "--yield-kt", "1000", "--hardness-psi", "1000", "--cep-m", "485.224",
                "--reliability", "0.8", "--warheads", "2", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.fieldNames()).toIterable().containsExactly("lethal_radius_m", "sspk", "tkp", "kill_probability");
        assertThat(j.get("lethal_radius_m").asDouble()).isCloseTo(485.224, within(1e-9));
        assertThat(j.get("sspk").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(j.get("tkp").asDouble()).isCloseTo(0.4, within(1e-9));
        assertThat(j.get("kill_probability").asDouble()).isCloseTo(0.64, within(1e-9));
    }

    @Test
    void sspk_badValue_oneLineExitTwo() {
        Run r = run("stability", "sspk", "--yield-kt", "100", "--hardness-psi", "0", "--cep-m", "100");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: --hardness-psi must be > 0, got 0.0\n");
        Run missing = run("stability", "sspk", "--yield-kt", "100");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().lines()).hasSize(1);
    }

    @Test
    void exchange_json_contractFieldsAndMonteCarlo() throws Exception {
        Run r = run("stability", "exchange", "--attacker", "us-russia-2009", "--defender", "us-russia-2009",
                "--trials", "500", "--seed", "7", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("attacker").asText()).isEqualTo("US");
        assertThat(j.get("defender").asText()).isEqualTo("RU");
        double surviving = j.get("defender_surviving_warheads").asDouble();
        long used = j.get("attacker_warheads_used").asLong();
        long left = j.get("attacker_warheads_left").asLong();
        assertThat(used + left).isEqualTo(j.get("attacker_warheads").asLong());
        double sum = 0;
        for (JsonNode s : j.get("by_system")) {
            assertThat(s.get("surviving_warheads").asDouble()).isBetween(0.0, s.get("warheads").asDouble());
            sum += s.get("surviving_warheads").asDouble();
        }
        assertThat(sum).isCloseTo(surviving, within(1e-6));
        JsonNode mc = j.get("monte_carlo");
        assertThat(mc.get("ci95").get(0).asDouble()).isLessThanOrEqualTo(mc.get("mean").asDouble());
        assertThat(mc.get("ci95").get(1).asDouble()).isGreaterThanOrEqualTo(mc.get("mean").asDouble());
        assertThat(j.get("parameters").get(0).get("from").asText()).isEqualTo("posture-row");

        Run analytic = run("stability", "exchange", "--attacker", "us-russia-2009", "--defender", "us-russia-2009",
                "--attacker-party", "RU", "--format", "json");
        assertThat(analytic.json().get("monte_carlo").isNull()).isTrue();
        assertThat(analytic.json().get("attacker").asText()).isEqualTo("RU");
    }

    @Test
    void exchange_postureColumnOverridesTheCatalogue() throws Exception {
        Path posture = dir.resolve("p.csv");
        Files.writeString(posture, """
                party,system,category,deployed,warheads_total,survivable_share,as_of
                US,LGM-30G Minuteman III,ICBM,450,550,,2009-01-01
                US,UGM-133A Trident II D5,SLBM,288,1152,1,2009-01-01
                """);
        Run all = run("stability", "exchange", "--attacker", "us-russia-2009", "--attacker-party", "RU",
                "--defender", posture.toString(), "--format", "json");
        assertThat(all.code()).as(all.err()).isZero();
        JsonNode trident = all.json().get("by_system").get(1);
        assertThat(trident.get("surviving_warheads").asDouble()).isCloseTo(1152, within(1e-9));
        assertThat(trident.get("aimpoints").asLong()).isZero();
    }

    @Test
    void exchange_table_listsParametersAndAssumptions() {
        Run r = run("stability", "exchange", "--attacker", "us-russia-2024", "--defender", "us-russia-2024",
                "--reserve", "0.25");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("US strikes RU first (counterforce, reserve 25%)").contains("Parameters used:")
                .contains("Assumptions:").contains("(cat/asm)");
        Run bad = run("stability", "exchange", "--attacker", "us-russia-2009", "--defender", "nope.csv");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: nope.csv: no such file");
        Run reserve = run("stability", "exchange", "--attacker", "us-russia-2009", "--defender", "us-russia-2009",
                "--reserve", "1");
        assertThat(reserve.err()).isEqualTo("error: --reserve must be within [0, 1), got 1.0\n");
    }

    @Test
    void sweep_shipped2009_answersAt500_writesCsvAndHtml() throws Exception {
        Path html = dir.resolve("report.html");
        Path csv = dir.resolve("out.csv");
        Run r = run("stability", "sweep", "--posture-a", "us-russia-2009", "--posture-b", "us-russia-2009",
                "--ceilings", "6000,3000,1550,1000,500,300", "--html", html.toString(), "--csv", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("* 500 warheads each, proportional: US keeps ")
                .contains("* 500 warheads each, keep-ssbns: ").contains("* 90% cut (each side to 10% of its own")
                .contains("Assumptions:").contains("UNCONFIRMED").contains("ASSUMPTION");
        String page = Files.readString(html);
        assertThat(page).startsWith("<!doctype html>").contains("data-chart=\"stabilitySweep\"")
                .contains("data-view=\"index\"").contains("const TreatyCharts").doesNotContain("<script src")
                .contains("500 warheads each").doesNotContain("src=\"http")
                .doesNotContain("href=\"http");
        var lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("rule,ceiling,cut_percent,us_warheads,ru_warheads,us_vehicles,"
                + "ru_vehicles,us_survivors,ru_survivors,us_ratio,ru_ratio,index");
        assertThat(lines).hasSize(1 + 3 * 6 + 3);
        assertThat(lines.get(5)).startsWith("proportional,500,,500,500,");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.html",
                    "out.csv");
        }
    }

    @Test
    void sweep_json_andBadRule() throws Exception {
        Run r = run("stability", "sweep", "--posture-a", "us-russia-2024", "--ceilings", "1550,500", "--rules",
                "keep-ssbns", "--cut", "50", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("points")).hasSize(3);
        JsonNode p = j.get("points").get(1);
        assertThat(p.get("ceiling").asLong()).isEqualTo(500);
        assertThat(p.get("a_warheads").asLong()).isLessThanOrEqualTo(500);
        double index = p.get("assessment").get("index").asDouble();
        assertThat(index).isCloseTo(p.get("assessment").get("ratio_us").asDouble()
                * p.get("assessment").get("ratio_ru").asDouble(), within(1e-12));
        assertThat(j.get("params").get("damage_exponent").asDouble()).isEqualTo(0.75);
        Run bad = run("stability", "sweep", "--posture-a", "us-russia-2009", "--rules", "random");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("error: --rules: unknown reduction rule 'random' (expected one of "
                + "[proportional, keep-ssbns, de-mirv])\n");
        Run badDir = run("stability", "sweep", "--posture-a", "us-russia-2009", "--html",
                dir.resolve("missing/r.html").toString());
        assertThat(badDir.code()).isEqualTo(2);
        assertThat(badDir.err().lines()).hasSize(1);
    }
}
