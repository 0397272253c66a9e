package org.treatylab.sweep.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.sweep.Jobs;
import org.treatylab.sweep.Sweeps;

class JobReaderTest {
    private static final String BASE = "{'name':'t','kind':'stability-uncertainty','draws':3,"
            + "'model':{'type':'stability','posture_a':'us-russia-2011'},";

    private static void fails(String json, String message) {
        assertThatThrownBy(() -> Jobs.parse(json)).isInstanceOf(JobException.class).hasMessage(message);
    }

    @Test
    void parse_everyShippedExample_reads() {
        for (String name : Sweeps.EXAMPLES) {
            Job j = Sweeps.load(name);
            assertThat(j.name()).isEqualTo(name);
            assertThat(j.description()).isNotBlank();
        }
        assertThat(Sweeps.load("stability-bands-2011").kind()).isEqualTo(Kind.STABILITY_UNCERTAINTY);
        assertThat(Sweeps.load("ishigami-check").sobol()).containsExactly("y");
    }

    @Test
    void parse_ranges_expandFromToStep() {
        Job j = Jobs.parse(BASE + "'grid':{'ceiling':{'from':300,'to':1500,'step':600}}}");
        assertThat(j.grid().get(0).values()).containsExactly(300L, 900L, 1500L);
        assertThat(j.tables().get(0).percentiles()).containsExactly(5.0, 50.0, 95.0);
    }

    @Test
    void parse_badJobs_oneErrorNamingTheField() {
        fails("{'name':'t'", "test.json: not valid JSON at line 1, column 12: Unexpected end-of-input: expected close "
                + "marker for Object (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` "
                + "disabled); line: 1, column: 1])");
        fails("{'name':'t','kind':'stability','draws':1}", "test.json: kind: unknown kind 'stability' (expected one of "
                + "[stability-uncertainty, talks-robustness, sensitivity])");
        fails(BASE + "'grid':{'ceilings':[1]}}", "test.json: grid: unknown field 'ceilings' (expected [ceiling, rule])");
        fails(BASE + "'grid':{'ceiling':[1, 'x']}}", "test.json: grid.ceiling: expected whole numbers >= 0, got x");
        fails(BASE + "'grid':{'rule':['fair']}}", "test.json: grid.rule: unknown reduction rule 'fair' (expected one of "
                + "[proportional, keep-ssbns, de-mirv])");
        fails(BASE + "'vary':[{'parameter':'cep_m','distribution':{'type':'uniform','low':'a','high':2}}]}",
                "test.json: vary[0].distribution.low: expected a number, got \"a\"");
        fails(BASE + "'vary':[{'parameter':'cep_m','distribution':{'type':'uniform','low':3,'high':2}}]}",
                "test.json: vary[0].distribution: low and high must be finite with low <= high, got 3.0 and 2.0");
        fails(BASE + "'vary':[{'parameter':'cep','distribution':{'type':'uniform','low':1,'high':2}}]}",
                "test.json: vary[0].parameter: the stability model has no parameter 'cep' (expected one of [yield_kt, "
                        + "cep_m, reliability, hardness_psi, survivable_share, launchers_per_aimpoint, "
                        + "warheads_per_launcher, damage_exponent, enemy_weight, half_value_emt, reserve])");
        fails(BASE + "'vary':[{'parameter':'cep_m','distribution':{'type':'gamma'}}]}",
                "test.json: vary[0].distribution.type: unknown distribution 'gamma' (expected uniform, triangular, "
                        + "normal, log-uniform, choice or catalogue)");
        fails(BASE + "'summary':{'tables':[{'outputs':['survivors']}]}}", "test.json: summary.tables[0].outputs: "
                + "unknown output 'survivors' (the stability model gives [warheads_a, warheads_b, survivors_a, "
                + "survivors_b, ratio_a, ratio_b, index])");
        fails(BASE + "'summary':{'sobol':['index']}}", "test.json: summary.sobol: Sobol indices are estimated by "
                + "sensitivity jobs only");
        fails("{'name':'t','kind':'sensitivity','samples':4,'model':{'type':'function','name':'ishigami'},"
                + "'vary':[{'parameter':'x1','distribution':{'type':'uniform','low':0,'high':1}}]}",
                "test.json: summary.sobol: a sensitivity job names the outputs whose indices it estimates, e.g. "
                        + "[\"y\"]");
        fails("{'name':'t','kind':'stability-uncertainty','samples':3}", "test.json: samples: a stability-uncertainty "
                + "job gives 'draws', not 'samples'");
        fails("{'name':'t','kind':'talks-robustness','draws':3,'model':{'type':'stability','posture_a':'x'}}",
                "test.json: model.posture_a: no such posture file 'x' (shipped postures: [start1-mou-1990, "
                        + "us-russia-2009, us-russia-2011, us-russia-2024, china-2025, china-2030, china-2035])");
        fails("{'name':'T','kind':'talks-robustness','draws':3,'model':{'type':'stability','posture_a':'us-russia-2011'}}",
                "test.json: model.type: a talks-robustness job runs the talks model, got 'stability'");
        fails(BASE + "'draws2':1}", "test.json: unknown field 'draws2' (expected [description, draws, grid, keep, "
                + "kind, model, name, samples, seed, summary, vary])");
        fails(BASE + "'keep':'summary'}", "test.json: keep: 'summary' keeps the Sobol sums alone: for a sensitivity "
                + "job without summary.tables (bands need every value)");
    }

    @Test
    void read_postureFile_relativeToTheJob_andInTheFingerprint(@TempDir Path dir) throws Exception {
        String posture = org.treatylab.domain.forces.Postures.sourceText("us-russia-2011").orElseThrow();
        Files.writeString(dir.resolve("mine.csv"), posture);
        String job = BASE.replace("us-russia-2011", "mine.csv").replace('\'', '"') + "\"seed\":1}";
        Files.writeString(dir.resolve("job.json"), job);
        Job a = JobReader.read(dir.resolve("job.json"));
        assertThat(((ModelSpec.Stability) a.model()).postureA().text()).isEqualTo(posture);
        Files.writeString(dir.resolve("mine.csv"), posture + "\n# edited\n");
        assertThat(JobReader.read(dir.resolve("job.json")).fingerprint()).isNotEqualTo(a.fingerprint());
    }
}
