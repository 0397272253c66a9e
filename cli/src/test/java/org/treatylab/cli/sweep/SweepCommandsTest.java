package org.treatylab.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.cli.CliRun;
import org.treatylab.sweep.job.Job;
import org.treatylab.sweep.job.JobReader;
import org.treatylab.sweep.job.Kind;

class SweepCommandsTest {

    @Test
    void examples_listsOnePerKind() {
        CliRun r = CliRun.of("sweep", "examples");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("stability-bands-2011", "talks-robustness-2009", "stability-sensitivity-2011",
                "ishigami-check", "stability-uncertainty", "talks-robustness", "sensitivity");
        CliRun show = CliRun.of("sweep", "examples", "--show", "ishigami-check");
        assertThat(show.out()).startsWith("{").contains("\"kind\": \"sensitivity\"");
    }

    @Test
    void run_example_writesTheFolderAndPrintsIndices(@TempDir Path tmp) {
        Path out = tmp.resolve("ish");
        CliRun r = CliRun.of("sweep", "run", "ishigami-check", "--seed", "3", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Sobol indices of y", "x1", "x3");
        assertThat(out.resolve("results.csv")).exists();
        assertThat(out.resolve("summary.json")).content().contains("\"seed\" : 3");
        assertThat(out.resolve("report.html")).exists();
        assertThat(r.err()).contains("20480 evaluations");
    }

    @Test
    void run_badJobFile_oneLineNamingTheField_exit2(@TempDir Path tmp) throws Exception {
        Path job = tmp.resolve("bad.json");
        Files.writeString(job, "{\"name\":\"b\",\"kind\":\"sensitivity\",\"samples\":-4}");
        CliRun r = CliRun.of("sweep", "run", job.toString(), "--out", tmp.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + job + ": samples: must be >= 1, got -4\n");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void run_sparkWithoutItsJar_saysHowToGetIt() {
        CliRun r = CliRun.of("sweep", "run", "ishigami-check", "--engine", "spark");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: the spark engine is not on the class path: run through ./treatylab");
    }

    @Test
    void stabilitySweep_asJob_isARunnableStabilityUncertaintyJob(@TempDir Path tmp) {
        CliRun r = CliRun.of("stability", "sweep", "--posture-a", "us-russia-2011", "--ceilings", "1000,500",
                "--rules", "keep-ssbns", "--as-job");
        assertThat(r.code()).as(r.err()).isZero();
        Job job = JobReader.parse("shortcut.json", r.out(), tmp);
        assertThat(job.kind()).isEqualTo(Kind.STABILITY_UNCERTAINTY);
        assertThat(job.grid().get(0).values()).containsExactly(1000L, 500L);
        assertThat(job.vary()).extracting(v -> v.name()).contains("yield", "cep", "alert", "loading");

        Path out = tmp.resolve("s");
        CliRun run = CliRun.of("stability", "sweep", "--posture-a", "us-russia-2011", "--ceilings", "1000",
                "--rules", "proportional", "--draws", "3", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("summary.json")).exists();
    }

    @Test
    void talksSweep_asJob_isATalksRobustnessJob(@TempDir Path tmp) {
        CliRun r = CliRun.of("talks", "sweep", "start-2009", "--vary", "RU.missile_defense", "--values", "0.1,0.4",
                "--as-job", "6");
        assertThat(r.code()).as(r.err()).isZero();
        Job job = JobReader.parse("shortcut.json", r.out(), tmp);
        assertThat(job.kind()).isEqualTo(Kind.TALKS_ROBUSTNESS);
        assertThat(job.samples()).isEqualTo(6);
        assertThat(job.vary().get(0).distribution().low()).isEqualTo(0.1);
        assertThat(job.vary().get(0).distribution().high()).isEqualTo(0.4);
    }
}
