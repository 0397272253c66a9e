package org.treatylab.cli.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.report.Json;
import org.treatylab.cli.Main;
import org.treatylab.negotiation.io.Scenarios;

class NegotiationCommandsTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return Json.MAPPER.readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** Copies a shipped scenario's files out of the classpath, as a user's files would be. */
    private Path copy(String scenario, String file) throws Exception {
        Path p = dir.resolve(file);
        try (InputStream in = Scenarios.class.getResourceAsStream("/org/treatylab/negotiation/scenarios/" + scenario
                + "/" + file)) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void negotiate_json_followsTheContract() throws Exception {
        Path domain = copy("lease-genius", "lease.xml");
        Path landlord = copy("lease-genius", "landlord.xml");
        Path tenant = copy("lease-genius", "tenant.xml");
        Run r = run("negotiate", "--domain", domain.toString(), "--profile", landlord.toString(), "--profile",
                tenant.toString(), "--agent", "boulware", "--agent", "conceder", "--rounds", "50", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("agreement").get("rent").isNumber()).isTrue();
        assertThat(j.get("agreement").get("term").isTextual()).isTrue();
        assertThat(j.get("rounds").asInt()).isBetween(1, 50);
        assertThat(j.get("utilities")).hasSize(2);
        assertThat(j.get("pareto_distance").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(j.get("nash_distance").isNumber()).isTrue();
        JsonNode trace = j.get("trace");
        assertThat(trace.get(0).get("party").asText()).isEqualTo("landlord");
        assertThat(trace.get(0).get("move").asText()).isEqualTo("offer");
        assertThat(trace.get(trace.size() - 1).get("move").asText()).isEqualTo("accept");
        assertThat(trace.get(trace.size() - 1).get("outcome")).isEqualTo(j.get("agreement"));
        assertThat(j.get("end").asText()).isEqualTo("agreement");
        assertThat(j.get("utilities").get(0).asDouble()).isEqualTo(trace.get(trace.size() - 1).get("utilities")
                .get(0).asDouble());
    }

    @Test
    void negotiate_hardliners_noAgreement_nullAgreementAndReservationUtilities() throws Exception {
        Run r = run("negotiate", "--scenario", "lease-geniusweb", "--agent", "hardliner", "--agent", "hardliner",
                "--rounds", "10", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("agreement").isNull()).isTrue();
        assertThat(j.get("end").asText()).isEqualTo("deadline");
        assertThat(j.get("rounds").asInt()).isEqualTo(10);
        assertThat(j.get("utilities").get(0).asDouble()).isEqualTo(0.66);
        Run table = run("negotiate", "--scenario", "lease-geniusweb", "--agent", "hardliner", "--agent", "hardliner",
                "--rounds", "3");
        assertThat(table.out()).contains("end: deadline").contains("agreement: none");
    }

    @Test
    void analyze_json_followsTheContract() throws Exception {
        Run r = run("analyze", "--scenario", "grid-nonlinear", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("outcomes").asLong()).isEqualTo(12);
        JsonNode pareto = j.get("pareto");
        assertThat(pareto).hasSize(5);
        assertThat(pareto.get(0).get("utilities").get(0).asDouble()).isCloseTo(1, within(1e-12));
        assertThat(pareto.get(0).get("outcome").get("x").asInt()).isEqualTo(2);
        assertThat(pareto.get(0).get("rational").asBoolean()).isFalse();
        for (String s : List.of("nash", "kalai_smorodinsky", "max_welfare")) {
            assertThat(j.get(s).get("utilities")).as(s).hasSize(2);
            assertThat(j.get(s).get("outcome").has("y")).as(s).isTrue();
            assertThat(j.get(s).get("product").isNumber()).as(s).isTrue();
        }
        // Nash over rational points (1,1)/(2,1): (7/11 - 0.5)(7/12 - 0.3)
        assertThat(j.get("nash").get("product").asDouble()).isCloseTo((7 / 11.0 - 0.5) * (7 / 12.0 - 0.3),
                within(1e-12));
        Run table = run("analyze", "--scenario", "lease-genius");
        assertThat(table.out()).contains("Pareto frontier: 23 outcomes (merged)").contains("Nash:");
    }

    @Test
    void tournament_writesCsvOrJson_printsTheSummary_andAProgressBar() throws Exception {
        Path csv = dir.resolve("results.csv");
        Run r = run("tournament", "--scenario", "lease-genius", "grid-nonlinear", "--agents",
                "boulware,conceder,micro", "--repetitions", "2", "--rounds", "40", "--threads", "2", "--out",
                csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("session,scenario,repetition,agent_a,agent_b,profile_a,profile_b,seed,end,"
                + "agreement,rounds,utility_a,utility_b,welfare,pareto_distance,nash_distance,outcome");
        assertThat(lines).hasSize(1 + 2 * 3 * 2 * 2);
        assertThat(r.out()).startsWith("agent").contains("boulware").contains("24 sessions written to " + csv);
        assertThat(r.err()).contains("24/24 sessions");
        Path json = dir.resolve("results.json");
        Run j = run("tournament", "--scenario", "lease-geniusweb", "--agents", "linear,random", "--out",
                json.toString(), "--rounds", "20");
        assertThat(j.code()).as(j.err()).isZero();
        JsonNode tree = Json.MAPPER.readTree(json.toFile());
        assertThat(tree.get("sessions")).hasSize(2);
        assertThat(tree.get("summary").get(0).has("mean_utility")).isTrue();
    }

    private Path threePartyLease() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("lease3"));
        String base = "/org/treatylab/negotiation/scenarios/lease-genius/";
        for (String[] f : new String[][] {{"lease.xml", "lease.xml"}, {"landlord.xml", "a-landlord.xml"},
                {"tenant.xml", "b-tenant.xml"}, {"landlord.xml", "c-agent.xml"}}) {
            try (var in = getClass().getResourceAsStream(base + f[0])) {
                Files.write(folder.resolve(f[1]), in.readAllBytes());
            }
        }
        Files.writeString(folder.resolve("pareto.xml"), "0.5, 0.5\n");
        return folder;
    }

    @Test
    void tournament_threeParties_everyLineup_csvHasAColumnPerRole_noticesOnStandardError() throws Exception {
        Path csv = dir.resolve("three.csv");
        Run r = run("tournament", "--scenario", threePartyLease().toString(), "--agents", "boulware,conceder,micro",
                "--rounds", "30", "--threads", "2", "--out", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("session,scenario,repetition,agent_a,agent_b,agent_c,profile_a,profile_b,"
                + "profile_c,seed,end,agreement,rounds,utility_a,utility_b,utility_c,welfare,pareto_distance,"
                + "nash_distance,outcome");
        assertThat(lines).hasSize(1 + 6);
        assertThat(r.err()).contains("6/6 sessions").contains("notice: ").contains("pareto.xml: not XML; skipped");
        Run sampled = run("tournament", "--scenario", threePartyLease().toString(), "--agents",
                "boulware,conceder,micro,linear", "--rounds", "30", "--sample", "4", "--out", csv.toString());
        assertThat(sampled.code()).as(sampled.err()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(1 + 4);
        Run few = run("tournament", "--scenario", threePartyLease().toString(), "--agents", "boulware,conceder",
                "--out", csv.toString());
        assertThat(few.code()).isEqualTo(2);
        assertThat(few.err()).contains("has 3 parties; a tournament on it needs at least 3 agents, got 2");
    }

    @Test
    void badInput_isOneLineWithExitTwo_tooLargeIsExitOne() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.xml"), "<negotiation_template><utility_space><objective>"
                + "<issue index=\"1\" name=\"x\" etype=\"integer\" lowerbound=\"a\" upperbound=\"3\"/>"
                + "</objective></utility_space></negotiation_template>");
        Run r = run("analyze", "--domain", bad.toString(), "--profile", bad.toString(), "--profile", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + bad + ", element 'issue[name=x]': attribute 'lowerbound': expected "
                + "a whole number, got 'a'\n");
        Run agents = run("negotiate", "--scenario", "lease-genius", "--agent", "boulware");
        assertThat(agents.code()).isEqualTo(2);
        assertThat(agents.err()).isEqualTo("error: expected one --agent per profile: 2 profiles, 1 agents\n");
        Run both = run("negotiate", "--scenario", "lease-genius", "--agent", "boulware", "--agent", "linear",
                "--rounds", "5", "--seconds", "2");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err().lines()).hasSize(1);
        Run large = run("analyze", "--scenario", "grid-nonlinear", "--max-outcomes", "5");
        assertThat(large.code()).isEqualTo(1);
        assertThat(large.err()).isEqualTo("error: domain 'grid' has 12 outcomes; with non-additive preferences the "
                + "exact frontier needs every outcome enumerated, and the limit is 5\n");
        Run missing = run("analyze", "--domain", dir.resolve("none.xml").toString(), "--profile", "a.xml",
                "--profile", "b.xml");
        assertThat(missing.err()).isEqualTo("error: " + dir.resolve("none.xml") + ": no such file\n");
    }
}
