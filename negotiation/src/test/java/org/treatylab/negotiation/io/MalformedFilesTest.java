package org.treatylab.negotiation.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.negotiation.ScenarioFormatException;
import org.treatylab.negotiation.model.Domain;

/** Golden error messages: each names the file, the element and the problem. */
class MalformedFilesTest {
    @TempDir
    Path dir;

    private static final String DOMAIN = """
            <negotiation_template><utility_space><objective index="0" name="root">
              <issue index="1" name="colour" etype="discrete"><item value="red"/><item value="blue"/></issue>
              <issue index="2" name="n" etype="integer" lowerbound="1" upperbound="3"/>
            </objective></utility_space></negotiation_template>
            """;

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Domain domain() throws Exception {
        return Scenarios.readDomain(file("d.xml", DOMAIN));
    }

    private String profile(String colour, String weights) {
        return "<utility_space><objective index=\"0\" name=\"root\">"
                + "<issue index=\"1\" name=\"colour\" etype=\"discrete\">" + colour + "</issue>"
                + "<issue index=\"2\" name=\"n\" etype=\"integer\" lowerbound=\"1\" upperbound=\"3\">"
                + "<evaluator ftype=\"linear\" slope=\"0.5\" offset=\"0\"/></issue>" + weights
                + "</objective></utility_space>";
    }

    private void assertError(Path p, Domain d, String message) {
        assertThatThrownBy(() -> Scenarios.readProfile(p, d)).isInstanceOf(ScenarioFormatException.class)
                .hasMessage(p + message);
    }

    @Test
    void geniusProfile_badValues_areNamedWithElementAndAttribute() throws Exception {
        Domain d = domain();
        String ok = "<weight index=\"1\" value=\"0.5\"/><weight index=\"2\" value=\"0.5\"/>";
        assertError(file("a.xml", profile("<item value=\"red\" evaluation=\"x\"/><item value=\"blue\" evaluation=\"1\"/>",
                ok)), d, ", element 'issue[name=colour]/item[value=red]': attribute 'evaluation': expected a number, got 'x'");
        assertError(file("b.xml", profile("<item value=\"red\" evaluation=\"2\"/><item value=\"green\" evaluation=\"1\"/>",
                ok)), d, ", element 'issue[name=colour]/item[value=green]': 'green' is not a value of the domain's issue");
        assertError(file("c.xml", profile("<item value=\"red\" evaluation=\"2\"/>", ok)), d,
                ", element 'issue[name=colour]': no item for value 'blue'");
        assertError(file("e.xml", profile("<item value=\"red\" evaluation=\"2\"/><item value=\"blue\" evaluation=\"1\"/>",
                "<weight index=\"1\" value=\"0.5\"/><weight index=\"2\" value=\"0.6\"/>")), d,
                ", element 'objective': weights: expected a sum of 1 (within 0.02), got 1.1 {colour=0.5, n=0.6}");
    }

    @Test
    void geniusProfile_missingWeightAndUnknownIndex() throws Exception {
        Domain d = domain();
        String items = "<item value=\"red\" evaluation=\"2\"/><item value=\"blue\" evaluation=\"1\"/>";
        assertError(file("f.xml", profile(items, "<weight index=\"1\" value=\"1\"/>")), d,
                ", element 'objective': no weight for issue 'n'");
        assertError(file("g.xml", profile(items, "<weight index=\"7\" value=\"1\"/>")), d,
                ", element 'weight[index=7]': no issue has index 7");
        assertError(file("h.xml", "<utility_space><objective><issue name=\"n\" index=\"2\" etype=\"integer\" "
                + "lowerbound=\"1\" upperbound=\"3\"><evaluator ftype=\"cubic\"/></issue></objective></utility_space>"), d,
                ", element 'issue[name=n]/evaluator': unknown ftype 'cubic' (expected linear, constant or triangular)");
    }

    @Test
    void xml_notWellFormed_givesTheLine() throws Exception {
        Path p = file("broken.xml", "<negotiation_template>\n<utility_space>\n<objective>\n</utility_space>");
        assertThatThrownBy(() -> Scenarios.readDomain(p)).isInstanceOf(ScenarioFormatException.class)
                .hasMessageStartingWith(p + " line 4: not well-formed XML: ");
        Path dtd = file("dtd.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<negotiation_template>&e;</negotiation_template>");
        assertThatThrownBy(() -> Scenarios.readDomain(dtd)).isInstanceOf(ScenarioFormatException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void geniusDomain_structuralProblems() throws Exception {
        Path p = file("p.xml", "<negotiation_template><utility_space><objective>"
                + "<issue index=\"1\" name=\"n\" etype=\"integer\" lowerbound=\"5\" upperbound=\"1\"/>"
                + "</objective></utility_space></negotiation_template>");
        assertThatThrownBy(() -> Scenarios.readDomain(p)).hasMessage(p
                + ", element 'issue[name=n]': issue 'n': expected low <= high, got 5..1");
        Path q = file("q.xml", "<utility_space/>");
        assertThatThrownBy(() -> Scenarios.readDomain(q)).hasMessage(q + ", element 'utility_space': missing element "
                + "'objective'");
        Path r = file("r.xml", "<negotiation_template><utility_space><objective>"
                + "<issue index=\"1\" name=\"s\" etype=\"set\"/></objective></utility_space></negotiation_template>");
        assertThatThrownBy(() -> Scenarios.readDomain(r)).hasMessage(r
                + ", element 'issue[name=s]': unknown issue type 'set' (expected discrete, integer or real)");
        assertThatThrownBy(() -> Scenarios.readDomain(dir.resolve("none.xml"))).hasMessage(dir.resolve("none.xml")
                + ": no such file");
    }

    @Test
    void geniusWeb_problemsNameTheJsonPath() throws Exception {
        Path d = file("dom.json", "{\"name\":\"d\",\"issuesValues\":{\"colour\":{\"values\":[\"red\",\"blue\"]}}}");
        Domain domain = Scenarios.readDomain(d);
        Path a = file("a.json", "{\"LinearAdditiveUtilitySpace\":{\"issueUtilities\":{\"colour\":"
                + "{\"DiscreteValueSetUtilities\":{\"valueUtilities\":{\"red\":1}}}},\"issueWeights\":{\"colour\":1}}}");
        assertError(a, domain, ", element 'LinearAdditiveUtilitySpace.issueUtilities.colour.valueUtilities': no "
                + "utility for value 'blue'");
        Path b = file("b.json", "{\"LinearAdditiveUtilitySpace\":{\"issueUtilities\":{\"colour\":"
                + "{\"DiscreteValueSetUtilities\":{\"valueUtilities\":{\"red\":1,\"blue\":2}}}},\"issueWeights\":"
                + "{\"colour\":1}}}");
        assertError(b, domain, ", element 'LinearAdditiveUtilitySpace.issueUtilities.colour': evaluation 1: expected a "
                + "number in [0, 1], got 2.0");
        Path c = file("c.json", "{\"SumOfGroupsUtilitySpace\":{}}");
        assertError(c, domain, ", element 'SumOfGroupsUtilitySpace': profile type 'SumOfGroupsUtilitySpace' is not "
                + "supported (only LinearAdditiveUtilitySpace)");
        Path e = file("e.json", "{\"LinearAdditiveUtilitySpace\": {\n  \"issueWeights\": [1,\n}");
        assertThatThrownBy(() -> Scenarios.readProfile(e, domain)).hasMessageStartingWith(e + " line 3: not valid JSON: ");
        Path f = file("f.json", "{\"LinearAdditiveUtilitySpace\":{\"domain\":{\"name\":\"d\",\"issuesValues\":"
                + "{\"colour\":{\"values\":[\"red\"]}}},\"issueUtilities\":{},\"issueWeights\":{}}}");
        assertError(f, domain, ", element 'LinearAdditiveUtilitySpace.domain': does not match the domain file: issue "
                + "'colour' is [red] here, [red, blue] in the domain file");
    }

    @Test
    void folder_withTwoDomains_isRefused() throws Exception {
        file("a.json", "{\"name\":\"a\",\"issuesValues\":{\"x\":{\"values\":[\"1\"]}}}");
        file("b.json", "{\"name\":\"b\",\"issuesValues\":{\"x\":{\"values\":[\"1\"]}}}");
        assertThatThrownBy(() -> Scenarios.readFolder(dir)).hasMessage(dir + ": expected one domain file, found 2 ["
                + dir.resolve("a.json") + ", " + dir.resolve("b.json") + "]");
        assertThatThrownBy(() -> Scenarios.shipped("nope")).hasMessage("no shipped scenario 'nope'; shipped: "
                + String.join(", ", List.of("lease-genius", "lease-geniusweb", "grid-nonlinear")));
    }
}
