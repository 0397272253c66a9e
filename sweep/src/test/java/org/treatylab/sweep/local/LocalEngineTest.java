package org.treatylab.sweep.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.domain.InputException;
import org.treatylab.sweep.Jobs;
import org.treatylab.sweep.Progress;
import org.treatylab.sweep.RunOptions;
import org.treatylab.sweep.RunResult;
import org.treatylab.sweep.SweepFailure;
import org.treatylab.sweep.model.Plan;

class LocalEngineTest {

    @Test
    void run_writesResultsSummaryAndReport_sameForAnyThreadCount(@TempDir Path tmp) throws Exception {
        Plan plan = Plan.of(Jobs.stability(20, "1550,500", 4));
        RunResult one = new LocalEngine().run(plan, new RunOptions(tmp.resolve("one"), 1, null), Progress.NONE);
        RunResult two = new LocalEngine().run(plan, new RunOptions(tmp.resolve("two"), 2, null), Progress.NONE);
        assertThat(Files.readString(tmp.resolve("two/results.csv"))).isEqualTo(
                Files.readString(tmp.resolve("one/results.csv")));
        assertThat(two.summary()).isEqualTo(one.summary());
        assertThat(Files.readAllLines(tmp.resolve("one/results.csv"))).hasSize(1 + 80);
        assertThat(Files.readString(tmp.resolve("one/report.html"))).contains("echarts").contains("\"job\":\"t\"");
        assertThat(Files.exists(tmp.resolve("one/partial"))).isFalse();
        assertThat(one.summary().tables().get(0).groups()).hasSize(4);
        assertThat(one.summary().tables().get(0).groups().get(0).bands().get(0).count()).isEqualTo(20);
    }

    @Test
    void run_stoppedMidway_keepsFinishedBlocks_andResumesToTheSameResult(@TempDir Path tmp) throws Exception {
        Plan plan = Plan.of(Jobs.stability(400, "1550,500", 4)); // 1,600 evaluations in blocks of 4
        RunResult clean = new LocalEngine().run(plan, new RunOptions(tmp.resolve("clean"), 2, null), Progress.NONE);
        Path dir = tmp.resolve("stopped");
        AtomicInteger calls = new AtomicInteger();
        Progress killer = (done, total) -> {
            if (calls.incrementAndGet() > 30) {
                throw new IllegalStateException("killed");
            }
        };
        assertThatThrownBy(() -> new LocalEngine().run(plan, new RunOptions(dir, 2, null), killer))
                .isInstanceOf(SweepFailure.class).hasMessageContaining("run again with --out " + dir);
        long kept;
        try (Stream<Path> s = Files.list(dir.resolve("partial"))) {
            kept = s.filter(p -> p.getFileName().toString().startsWith("b-")).count();
        }
        assertThat(kept).isBetween(28L, 400L);
        assertThat(Files.exists(dir.resolve("results.csv"))).isFalse();
        RunResult resumed = new LocalEngine().run(plan, new RunOptions(dir, 2, null), Progress.NONE);
        assertThat(resumed.resumed()).isEqualTo(kept * LocalEngine.blockSize(1600));
        assertThat(Files.readString(dir.resolve("results.csv"))).isEqualTo(
                Files.readString(tmp.resolve("clean/results.csv")));
        assertThat(resumed.summary()).isEqualTo(clean.summary());
    }

    @Test
    void run_childKilledBySigkill_resumesToTheResultOfAnUninterruptedRun(@TempDir Path tmp) throws Exception {
        int draws = 2000;
        Path dir = tmp.resolve("killed");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KillChild.class.getName(), dir.toString(),
                Integer.toString(draws)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long blocks = 0;
        for (int wait = 0; wait < 3000 && blocks < 20 && child.isAlive(); wait++) {
            Thread.sleep(20);
            if (Files.isDirectory(dir.resolve("partial"))) {
                try (Stream<Path> s = Files.list(dir.resolve("partial"))) {
                    blocks = s.filter(p -> p.getFileName().toString().startsWith("b-")).count();
                }
            }
        }
        assertThat(child.isAlive()).as("the child still runs when killed").isTrue();
        child.destroyForcibly();
        child.waitFor();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(Files.exists(dir.resolve("results.csv"))).isFalse();
        Plan plan = Plan.of(Jobs.stability(draws, "1550,500", 4));
        RunResult resumed = new LocalEngine().run(plan, new RunOptions(dir, 2, null), Progress.NONE);
        assertThat(resumed.resumed()).isGreaterThanOrEqualTo(20 * LocalEngine.blockSize(plan.evaluations()));
        RunResult clean = new LocalEngine().run(plan, new RunOptions(tmp.resolve("clean"), 2, null), Progress.NONE);
        assertThat(Files.readString(dir.resolve("results.csv"))).isEqualTo(
                Files.readString(tmp.resolve("clean/results.csv")));
        assertThat(resumed.summary()).isEqualTo(clean.summary());
    }

    @Test
    void run_keepSummary_sameIndicesAsKeepingRows_noRowsWritten(@TempDir Path tmp) throws Exception {
        Plan rows = Plan.of(Jobs.ishigami(1000, 8));
        Plan sums = Plan.of(Jobs.parse(Jobs.ishigami(1000, 8).text().replace("\"summary\"", "\"keep\":\"summary\","
                + "\"summary\"")));
        assertThat(sums.job().keepRows()).isFalse();
        RunResult a = new LocalEngine().run(rows, new RunOptions(tmp.resolve("rows"), 2, null), Progress.NONE);
        RunResult b = new LocalEngine().run(sums, new RunOptions(tmp.resolve("sums"), 2, null), Progress.NONE);
        assertThat(b.summary().sensitivity()).isEqualTo(a.summary().sensitivity());
        assertThat(tmp.resolve("sums/results.csv")).doesNotExist();
        assertThat(tmp.resolve("sums/summary.json")).exists();
    }

    @Test
    void run_folderOfAnotherJobOrSeed_refused(@TempDir Path tmp) {
        Path dir = tmp.resolve("out");
        new LocalEngine().run(Plan.of(Jobs.ishigami(8, 1)), new RunOptions(dir, 1, null), Progress.NONE);
        assertThatThrownBy(() -> new LocalEngine().run(Plan.of(Jobs.ishigami(8, 2)), new RunOptions(dir, 1, null),
                Progress.NONE)).isInstanceOf(InputException.class).hasMessage(dir + " holds a sweep of job 'ish' with "
                        + "seed 1 (another job, seed or input file); give another --out folder");
    }

    @Test
    void run_nonEmptyFolderWithoutSweep_refused(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> new LocalEngine().run(Plan.of(Jobs.ishigami(8, 2)), new RunOptions(tmp, 1, null),
                Progress.NONE)).isInstanceOf(InputException.class).hasMessageContaining("is not empty and holds no "
                        + "sweep");
        assertThat(Files.readString(tmp.resolve("notes.txt"))).isEqualTo("mine");
    }
}
