package org.treatylab.negotiation.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.analysis.Analyzer;
import org.treatylab.negotiation.analysis.ParetoPoint;
import org.treatylab.negotiation.model.DiscreteValue;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.IntegerIssue;
import org.treatylab.negotiation.model.IntegerValue;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.model.RealIssue;
import org.treatylab.negotiation.preference.Profile;

class ScenariosTest {
    @TempDir
    Path dir;

    static Outcome lease(Domain d, long rent, String term, String pets, String furnished) {
        return d.outcome(Map.of(IssueId.of("rent"), new IntegerValue(rent), IssueId.of("term"),
                new DiscreteValue(term), IssueId.of("pets"), new DiscreteValue(pets), IssueId.of("furnished"),
                new DiscreteValue(furnished)));
    }

    @Test
    void geniusLease_utilitiesAreEvaluationOverTheIssueMaximum_timesWeights() {
        Scenario s = Scenarios.shipped("lease-genius");
        assertThat(s.domain().name()).isEqualTo("lease");
        assertThat(s.domain().issue(0)).isEqualTo(IntegerIssue.of("rent", 8, 12));
        assertThat(s.domain().outcomeCount()).isEqualTo(90);
        Profile landlord = s.profiles().get(0);
        Profile tenant = s.profiles().get(1);
        assertThat(landlord.name()).isEqualTo("landlord");
        // rent 9: 0.4 * 0.25; 2 years: 0.3 * 5/5; cats and dogs: 0.2 * 1/5; furnished: 0.1 * 2/4
        Outcome o = lease(s.domain(), 9, "2 years", "cats and dogs", "yes");
        assertThat(landlord.utility(o)).isCloseTo(0.1 + 0.3 + 0.04 + 0.05, within(1e-12));
        assertThat(tenant.utility(o)).isCloseTo(0.5 * 0.75 + 0.2 * 0.8 + 0.2 * 1 + 0.1 * 1, within(1e-12));
        assertThat(landlord.reservation()).isEqualTo(0.66);
        assertThat(landlord.discount()).as("GENIUS discount 0 = none").isEqualTo(1);
        assertThat(landlord.utility(lease(s.domain(), 10, "1 year", "cats", "no"))).isEqualTo(0.66);
    }

    @Test
    void geniusAndGeniusWebLease_importToTheSameScenario_andAnalyseAlike() {
        Scenario genius = Scenarios.shipped("lease-genius");
        Scenario web = Scenarios.shipped("lease-geniusweb");
        assertThat(web.domain()).isEqualTo(genius.domain());
        for (int p = 0; p < 2; p++) {
            Profile g = genius.profiles().get(p);
            Profile w = web.profiles().get(p);
            assertThat(w.name()).isEqualTo(g.name());
            assertThat(w.reservation()).isEqualTo(g.reservation());
            for (long r = 0; r < genius.domain().outcomeCount(); r++) {
                Outcome o = genius.domain().outcomeAt(r);
                assertThat(w.utility(o)).isEqualTo(g.utility(o));
            }
        }
        Analysis a = Analyzer.analyze(genius.profiles());
        assertThat(Analyzer.analyze(web.profiles())).isEqualTo(a);
        assertThat(a.pareto()).isNotEmpty().anyMatch(ParetoPoint::rational).anyMatch(p -> !p.rational());
    }

    @Test
    void geniusLease_writtenAsGeniusWebAndReadBack_analysesAlike() throws Exception {
        Scenario genius = Scenarios.shipped("lease-genius");
        Path out = Files.createDirectory(dir.resolve("converted"));
        Files.writeString(out.resolve("domain.json"), GeniusWebWriter.domain(genius.domain()));
        for (Profile p : genius.profiles()) {
            Files.writeString(out.resolve(p.name() + ".json"), GeniusWebWriter.profile(p));
        }
        Scenario back = Scenarios.readFolder(out);
        assertThat(back.domain()).isEqualTo(genius.domain());
        assertThat(Analyzer.analyze(back.profiles())).isEqualTo(Analyzer.analyze(genius.profiles()));
    }

    @Test
    void nonlinearGrid_hyperRectangles_matchTheHandWorkedUtilitiesAndFrontier() {
        Scenario s = Scenarios.shipped("grid-nonlinear");
        Domain d = s.domain();
        Profile p1 = s.profiles().get(0);
        Profile p2 = s.profiles().get(1);
        assertThat(p1.utility(d.outcome(1, 1))).isCloseTo(1.0, within(1e-12));
        assertThat(p1.utility(d.outcome(0, 2))).isCloseTo(7 / 11.0, within(1e-12));
        assertThat(p1.utility(d.outcome(3, 1))).isCloseTo(4 / 11.0, within(1e-12));
        assertThat(p1.utility(d.outcome(2, 0))).isCloseTo(0, within(1e-12));
        assertThat(p2.utility(d.outcome(3, 0))).isCloseTo(1, within(1e-12));
        assertThat(p2.utility(d.outcome(0, 1))).isCloseTo(2 / 12.0, within(1e-12));
        assertThat(p2.discount()).isEqualTo(0.9);
        Analysis a = Analyzer.analyze(s.profiles());
        assertThat(a.method()).isEqualTo(Analysis.Method.ENUMERATED);
        assertThat(a.pareto()).extracting(ParetoPoint::outcome).containsExactly(d.outcome(1, 1), d.outcome(0, 0),
                d.outcome(1, 0), d.outcome(2, 0), d.outcome(3, 0));
        assertThat(a.pareto()).extracting(ParetoPoint::rational).containsExactly(false, true, true, false, false);
    }

    @Test
    void geniusRealIssue_triangularAndLinearEvaluators_onTheStatedSteps() throws Exception {
        Path domain = dir.resolve("energy.xml");
        Files.writeString(domain, """
                <negotiation_template><utility_space><objective index="0" name="root">
                  <issue index="1" name="price" etype="real" steps="4"><range lowerbound="0" upperbound="1"/></issue>
                  <issue index="2" name="volume" etype="real"><range lowerbound="10" upperbound="20"/></issue>
                </objective></utility_space></negotiation_template>
                """);
        Path profile = dir.resolve("buyer.xml");
        Files.writeString(profile, """
                <utility_space><objective index="0" name="root">
                  <issue index="1" name="price" etype="real"><range lowerbound="0" upperbound="1"/>
                    <evaluator ftype="triangular" parameter0="0" parameter1="1" parameter2="0.25"/></issue>
                  <weight index="1" value="0.5"/>
                  <issue index="2" name="volume" etype="real"><range lowerbound="10" upperbound="20"/>
                    <evaluator ftype="linear" parameter0="-1" parameter1="0.1"/></issue>
                  <weight index="2" value="0.5"/>
                </objective><reservation value="0.1"/><discount_factor value="0.5"/></utility_space>
                """);
        Scenario s = Scenarios.read(domain, List.of(profile, profile));
        assertThat(s.domain().issue(0)).isEqualTo(RealIssue.of("price", 0, 1, 4));
        assertThat(s.domain().issue(1).size()).as("GENIUS's 100 steps").isEqualTo(101);
        Profile buyer = s.profiles().get(0);
        // price 0.5: (1 - 0.5) / (1 - 0.25) = 2/3; volume 15: 0.1 * 15 - 1 = 0.5
        assertThat(buyer.utility(s.domain().outcome(2, 50))).isCloseTo(0.5 * 2 / 3 + 0.5 * 0.5, within(1e-12));
        assertThat(buyer.utility(s.domain().outcome(1, 100))).isCloseTo(0.5 + 0.5, within(1e-12));
        assertThat(buyer.discounted(1, 1)).isEqualTo(0.5);
    }

    @Test
    void anacStyleFile_commentBeforeTheXmlDeclaration_isReadAsGeniusReadsIt() throws Exception {
        Path domain = dir.resolve("d.xml");
        Files.writeString(domain, "\n<!-- domain -->\n<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n"
                + "<negotiation_template><utility_space><objective index=\"0\" name=\"root\">"
                + "<issue etype=\"integer\" index=\"1\" name=\"a\" lowerbound=\"0\" upperbound=\"2\"/>"
                + "</objective></utility_space></negotiation_template>");
        Path profile = dir.resolve("p.xml");
        Files.writeString(profile, "\n<!-- profile 1 -->\n<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n"
                + "<utility_space type=\"nonlinear\"><objective index=\"0\" name=\"root\">"
                + "<issue etype=\"integer\" index=\"1\" name=\"a\" lowerbound=\"0\" upperbound=\"2\"/>"
                + "<utility maxutility=\"10\"><ufun type=\"PlainUfun\" weight=\"1\" aggregation=\"sum\">"
                + "<hyperRectangle utility=\"10\"><INCLUDES index=\"1\" min=\"1\" max=\"2\"/></hyperRectangle>"
                + "</ufun></utility></objective></utility_space>");
        Scenario s = Scenarios.read(domain, List.of(profile, profile));
        assertThat(s.profiles().get(0).utility(s.domain().outcome(0))).isZero();
        assertThat(s.profiles().get(0).utility(s.domain().outcome(2))).isEqualTo(1.0);
    }

    @Test
    void readFolder_findsTheDomainAmongTheProfiles() throws Exception {
        for (String f : List.of("lease.json", "landlord.json", "tenant.json")) {
            try (var in = Scenarios.class.getResourceAsStream("/org/treatylab/negotiation/scenarios/lease-geniusweb/"
                    + f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
        Scenario s = Scenarios.readFolder(dir);
        assertThat(s.name()).isEqualTo(dir.getFileName().toString());
        assertThat(s.profiles()).extracting(Profile::name).containsExactly("landlord", "tenant");
        assertThat(Scenarios.shippedNames()).containsExactly("lease-genius", "lease-geniusweb", "grid-nonlinear");
    }

    private static FileText text(String scenario, String file) throws Exception {
        try (var in = Scenarios.class.getResourceAsStream("/org/treatylab/negotiation/scenarios/" + scenario + "/"
                + file)) {
            return new FileText(file, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void readTexts_mixedFormats_sameScenarioAsTheFiles() throws Exception {
        Scenario s = Scenarios.read(text("lease-genius", "lease.xml"), List.of(text("lease-genius", "landlord.xml"),
                text("lease-geniusweb", "tenant.json")));
        Scenario shipped = Scenarios.shipped("lease-genius");
        assertThat(s.name()).isEqualTo("lease");
        assertThat(s.domain()).isEqualTo(shipped.domain());
        assertThat(s.profiles()).extracting(Profile::name).containsExactly("landlord", "tenant");
        Outcome o = lease(s.domain(), 9, "2 years", "cats and dogs", "yes");
        for (int p = 0; p < 2; p++) {
            assertThat(s.profiles().get(p).utility(o)).isCloseTo(shipped.profiles().get(p).utility(o), within(1e-12));
        }
        assertThat(Scenarios.readDomain(text("lease-geniusweb", "lease.json"))).isEqualTo(shipped.domain());
    }

    @Test
    void readTexts_badText_namesTheGivenFileName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Scenarios.readDomain(new FileText("up.xml",
                "<negotiation_template>\n<utility_space>"))).isInstanceOf(
                        org.treatylab.negotiation.ScenarioFormatException.class)
                .hasMessageStartingWith("up.xml line 2: not well-formed XML: ");
    }
}
