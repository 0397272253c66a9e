package org.treatylab.negotiation.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.negotiation.ScenarioFormatException;
import org.treatylab.negotiation.model.DiscreteValue;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.model.Outcome;

/**
 * Files written here reproduce, one quirk at a time, what the scenario folders published for ANAC hold: weights that
 * miss 1 a little (or a lot), the objective's own weight, a non-XML pareto.xml and a GENIUS tournament log beside
 * the scenario, and profiles without an objective element.
 */
class PublishedQuirksTest {
    @TempDir
    Path dir;

    private static final String DOMAIN = """
            <negotiation_template><utility_space number_of_issues="2">
            <objective index="1" etype="objective" type="objective" name="root">
              <issue index="2" name="colour" etype="discrete"><item index="1" value="red"/><item index="2" value="blue"/></issue>
              <issue index="3" name="size" etype="discrete"><item index="1" value="s"/><item index="2" value="l"/></issue>
            </objective></utility_space></negotiation_template>
            """;

    private static String issues(int redEval, int sEval) {
        return "<issue index=\"2\" name=\"colour\" etype=\"discrete\"><item value=\"red\" evaluation=\"" + redEval
                + "\"/><item value=\"blue\" evaluation=\"" + (redEval == 1 ? 2 : 1) + "\"/></issue>"
                + "<issue index=\"3\" name=\"size\" etype=\"discrete\"><item value=\"s\" evaluation=\"" + sEval
                + "\"/><item value=\"l\" evaluation=\"" + (sEval == 1 ? 2 : 1) + "\"/></issue>";
    }

    private static String weights(double colour, double size) {
        return "<weight index=\"2\" value=\"" + colour + "\"/><weight index=\"3\" value=\"" + size + "\"/>";
    }

    private static String profile(String body) {
        return "<utility_space><objective index=\"1\" name=\"root\">" + body + "</objective></utility_space>";
    }

    private Path folder(String name, Map<String, String> files) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(d.resolve(f.getKey()), f.getValue());
        }
        return d;
    }

    private static Outcome outcome(Scenario s, String colour, String size) {
        return s.domain().outcome(Map.of(IssueId.of("colour"), new DiscreteValue(colour), IssueId.of("size"),
                new DiscreteValue(size)));
    }

    @Test
    void weightsWithinTolerance_areDividedByTheirSum_withOneNoticeNamingTheFile() throws Exception {
        // Car (ANAC 2011) sums to 1.00751; this one to 1.0075
        Path d = folder("car", Map.of("domain.xml", DOMAIN,
                "a.xml", profile(issues(2, 2) + weights(0.6075, 0.4)),
                "b.xml", profile(issues(1, 1) + weights(0.5, 0.5))));
        Scenario s = Scenarios.readFolder(d);
        // red (2/2) and l (1/2): (0.6075 * 1 + 0.4 * 0.5) / 1.0075
        assertThat(s.profiles().get(0).utility(outcome(s, "red", "l"))).isCloseTo(0.8075 / 1.0075, within(1e-12));
        assertThat(s.profiles().get(0).utility(outcome(s, "red", "s"))).isCloseTo(1.0, within(1e-12));
        assertThat(s.notices()).hasSize(1);
        assertThat(s.notices().get(0)).startsWith(d.resolve("a.xml") + ": issue weights sum to 1.0075")
                .doesNotContain("\n");
    }

    @Test
    void weightsBelowOne_withinTolerance_areNormalisedToo() throws Exception {
        // Bank Robbery (ANAC 2015) sums to 0.98928
        Path d = folder("bank", Map.of("domain.xml", DOMAIN,
                "a.xml", profile(issues(2, 2) + weights(0.49, 0.5)),
                "b.xml", profile(issues(1, 1) + weights(0.5, 0.5))));
        Scenario s = Scenarios.readFolder(d);
        assertThat(s.profiles().get(0).utility(outcome(s, "red", "s"))).isCloseTo(1.0, within(1e-12));
        assertThat(s.profiles().get(0).utility(outcome(s, "blue", "s"))).isCloseTo((0.49 * 0.5 + 0.5) / 0.99,
                within(1e-12));
        assertThat(s.notices()).singleElement().asString().contains("sum to 0.99");
    }

    @Test
    void weightsBeyondTolerance_areRefused_namingFileAndSum() throws Exception {
        // JapanTrip (ANAC 2016) sums to 1.1
        Path d = folder("japan", Map.of("domain.xml", DOMAIN,
                "a.xml", profile(issues(2, 2) + weights(0.6, 0.5)),
                "b.xml", profile(issues(1, 1) + weights(0.5, 0.5))));
        assertThatThrownBy(() -> Scenarios.readFolder(d)).isInstanceOf(ScenarioFormatException.class)
                .hasMessage(d.resolve("a.xml") + ", element 'objective': weights: expected a sum of 1 (within 0.02), "
                        + "got 1.1 {colour=0.6, size=0.5}");
    }

    @Test
    void exactWeights_giveNoNotice() throws Exception {
        Path d = folder("exact", Map.of("domain.xml", DOMAIN,
                "a.xml", profile(issues(2, 2) + weights(0.5, 0.5)),
                "b.xml", profile(issues(1, 1) + weights(0.3, 0.7))));
        assertThat(Scenarios.readFolder(d).notices()).isEmpty();
    }

    @Test
    void theObjectivesOwnWeight_isIgnored_asGeniusDoes() throws Exception {
        // Fitness A/B/C (ANAC 2012): <weight index="1" value="1.0"/> where 1 is the objective's own index
        Path d = folder("fitness", Map.of("domain.xml", DOMAIN,
                "a.xml", profile(issues(2, 2) + weights(0.25, 0.75) + "<weight index=\"1\" value=\"1.0\"/>"),
                "b.xml", profile(issues(1, 1) + "<weight index=\"1\" value=\"0.5\"/>" + weights(0.5, 0.5))));
        Scenario s = Scenarios.readFolder(d);
        assertThat(s.profiles().get(0).utility(outcome(s, "blue", "s"))).isCloseTo(0.25 * 0.5 + 0.75, within(1e-12));
        assertThat(s.profiles().get(1).utility(outcome(s, "blue", "l"))).isCloseTo(1.0, within(1e-12));
        assertThat(s.notices()).as("a weight of 1 says nothing; another value is worth a notice").singleElement()
                .asString().contains("b.xml").contains("weight 0.5 of objective 'root' itself is ignored");
    }

    @Test
    void aWeightOnAnIndexNoIssueNorTheObjectiveHas_isStillRefused() throws Exception {
        Path d = folder("stray", Map.of("domain.xml", DOMAIN,
                "a.xml", profile(issues(2, 2) + weights(0.25, 0.75) + "<weight index=\"9\" value=\"1.0\"/>"),
                "b.xml", profile(issues(1, 1) + weights(0.5, 0.5))));
        assertThatThrownBy(() -> Scenarios.readFolder(d)).isInstanceOf(ScenarioFormatException.class)
                .hasMessage(d.resolve("a.xml") + ", element 'weight[index=9]': no issue has index 9");
    }

    @Test
    void aParetoFileThatIsNotXml_andATournamentLog_areSkippedWithNotices() throws Exception {
        // ANAC 2014: pareto.xml holds "0.67824775, 1.0" lines; journal_learning holds a <Tournament> log
        Path d = folder("anac2014", Map.of("domain.xml", DOMAIN,
                "profile-1.xml", profile(issues(2, 2) + weights(0.5, 0.5)),
                "profile-2.xml", profile(issues(1, 1) + weights(0.5, 0.5)),
                "pareto.xml", "\n0.67824775, 1.0\n1.0, 0.5943503\n",
                "log.xml", "<Tournament><NegotiationOutcome/></Tournament>"));
        Scenario s = Scenarios.readFolder(d);
        assertThat(s.profiles()).extracting(p -> p.name()).containsExactly("profile-1", "profile-2");
        assertThat(s.notices()).containsExactly(
                d.resolve("log.xml") + ": root element 'Tournament' is neither a GENIUS domain nor a profile; skipped",
                d.resolve("pareto.xml") + ": not XML; skipped");
    }

    @Test
    void aBrokenFileThatStartsLikeXml_isStillAnError() throws Exception {
        Path d = folder("broken", Map.of("domain.xml", DOMAIN,
                "profile-1.xml", profile(issues(2, 2) + weights(0.5, 0.5)),
                "profile-2.xml", "<utility_space><objective>"));
        assertThatThrownBy(() -> Scenarios.readFolder(d)).isInstanceOf(ScenarioFormatException.class)
                .hasMessageStartingWith(d.resolve("profile-2.xml") + " line 1: not well-formed XML");
    }

    @Test
    void aProfileWithoutObjective_readsIssuesAndWeightsUnderTheRoot() throws Exception {
        // the GENIUS inheritance example: utility_space > weight*, issue* with no objective element
        String flat = "<utility_space number_of_issues=\"2\">" + weights(0.2, 0.8) + issues(1, 2) + "</utility_space>";
        Path d = folder("inheritance", Map.of("domain.xml", DOMAIN,
                "a.xml", flat,
                "b.xml", profile(issues(2, 2) + weights(0.2, 0.8))));
        Scenario s = Scenarios.readFolder(d);
        Outcome blueS = outcome(s, "blue", "s");
        assertThat(s.profiles().get(0).utility(blueS)).isCloseTo(0.2 + 0.8, within(1e-12));
        assertThat(s.profiles().get(1).utility(blueS)).isCloseTo(0.2 * 0.5 + 0.8, within(1e-12));
        assertThat(s.notices()).isEmpty();
    }

    @Test
    void aRootWithNeitherObjectiveNorIssues_isRefused() throws Exception {
        Path d = folder("empty", Map.of("domain.xml", DOMAIN,
                "a.xml", "<utility_space><reservation value=\"0.1\"/></utility_space>",
                "b.xml", profile(issues(2, 2) + weights(0.2, 0.8))));
        assertThatThrownBy(() -> Scenarios.readFolder(d)).isInstanceOf(ScenarioFormatException.class)
                .hasMessage(d.resolve("a.xml") + ", element 'utility_space': missing element 'objective' (or issues "
                        + "directly under it)");
    }

    @Test
    void geniusWebWeightsWithinTolerance_areNormalisedWithANotice() throws Exception {
        String domain = "{\"name\":\"d\",\"issuesValues\":{\"colour\":{\"values\":[\"red\",\"blue\"]}}}";
        String prof = "{\"LinearAdditiveUtilitySpace\":{\"name\":\"%s\",\"issueWeights\":{\"colour\":%s},"
                + "\"issueUtilities\":{\"colour\":{\"DiscreteValueSetUtilities\":{\"valueUtilities\":"
                + "{\"red\":1,\"blue\":0.5}}}}}}";
        Path d = folder("web", Map.of("domain.json", domain, "a.json", String.format(prof, "a", "0.99"),
                "b.json", String.format(prof, "b", "1")));
        Scenario s = Scenarios.readFolder(d);
        assertThat(s.profiles().get(0).utility(s.domain().outcome(Map.of(IssueId.of("colour"),
                new DiscreteValue("blue"))))).isCloseTo(0.5, within(1e-12));
        assertThat(s.notices()).singleElement().asString().startsWith(d.resolve("a.json") + ": issue weights sum to 0.99");
    }
}
