package org.treatylab.sweep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.sweep.Progress;
import org.treatylab.sweep.RunOptions;
import org.treatylab.sweep.RunResult;
import org.treatylab.sweep.job.Job;
import org.treatylab.sweep.local.LocalEngine;
import org.treatylab.sweep.model.Plan;
import org.treatylab.sweep.output.OutputDir;

/** The local engine and Spark (local[2]) give the same results.csv and the same summary for a seed. */
class EnginesAgreeTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkEngine.session("local[2]", "engines-agree-test");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void stabilityJob_bothEngines_sameResultsAndSummary(@TempDir Path tmp) throws Exception {
        assertSame(Jobs.stability(12, "1550,700,300", 5), tmp);
    }

    @Test
    void sensitivityJob_bothEngines_sameResultsAndIndices(@TempDir Path tmp) throws Exception {
        assertSame(Jobs.ishigami(300, 3), tmp);
    }

    @Test
    void talksJob_bothEngines_sameResultsAndDistribution(@TempDir Path tmp) throws Exception {
        assertSame(Jobs.parse("{'name':'talks','kind':'talks-robustness','seed':4,'draws':2,"
                + "'model':{'type':'talks','scenario':'start-2009'},"
                + "'grid':{'agent_a':['boulware','conceder'],'agent_b':['linear'],'session_seed':[1,2]},"
                + "'vary':[{'name':'w','parameter':'weight','party':'RU','relative':true,"
                + "'distribution':{'type':'uniform','low':0.75,'high':1.25}}],"
                + "'summary':{'tables':[{'group_by':[],'outputs':['agreed','warheads'],'frequencies':['warheads','terms']},"
                + "{'group_by':['agent_a'],'outputs':['utility_a']}]}}"), tmp);
    }

    @Test
    void sensitivityKeepingSums_bothEngines_sameIndicesAsKeepingRows(@TempDir Path tmp) {
        Job rows = Jobs.ishigami(400, 6);
        Plan sums = Plan.of(Jobs.parse(rows.text().replace("\"summary\"", "\"keep\":\"summary\",\"summary\"")));
        RunResult local = new LocalEngine().run(Plan.of(rows), new RunOptions(tmp.resolve("rows"), 2, null),
                Progress.NONE);
        RunResult onSpark = new SparkEngine().run(spark, sums, OutputDir.open(tmp.resolve("spark"), sums, 0),
                Progress.NONE, System.nanoTime(), 0);
        assertThat(onSpark.summary().sensitivity()).isEqualTo(local.summary().sensitivity());
        assertThat(tmp.resolve("spark/results.csv")).doesNotExist();
    }

    private static void assertSame(Job job, Path tmp) throws Exception {
        Plan plan = Plan.of(job);
        RunResult local = new LocalEngine().run(plan, new RunOptions(tmp.resolve("local"), 2, null), Progress.NONE);
        Path sparkDir = tmp.resolve("spark");
        RunResult onSpark = new SparkEngine().run(spark, plan, OutputDir.open(sparkDir, plan, 0), Progress.NONE,
                System.nanoTime(), 0);
        assertThat(Files.readString(sparkDir.resolve("results.csv")))
                .isEqualTo(Files.readString(tmp.resolve("local/results.csv")));
        assertThat(onSpark.summary()).isEqualTo(local.summary());
        assertThat(Files.isDirectory(sparkDir.resolve("results.parquet"))).isTrue();
        assertThat(spark.read().parquet(sparkDir.resolve("results.parquet").toString()).count())
                .isEqualTo(plan.evaluations());
    }
}
