package org.treatylab.bench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz suite's CI share: a few hundred seeded cases over every CLI reader and every route of the OpenAPI
 * document; no stack trace, no exit code outside 0/1/2, no 5xx, no error that is not JSON, no run over 20 s.
 */
class FuzzSuiteTest {
    @TempDir
    Path dir;

    @Test
    void seededCases_everyReaderAndRoute_noDefect() {
        try (Fuzzer f = new Fuzzer(dir, 20261130L)) {
            int routes = f.routes().size();
            f.cli(120);
            f.http(2 * routes);
            FuzzReport r = f.report();
            System.out.println("fuzz suite: " + r);
            assertThat(r.defects()).as(r.toString()).isZero();
            assertThat(r.runs()).isGreaterThanOrEqualTo(120 + routes);
            assertThat(r.runsByTarget().keySet().stream().filter(k -> k.startsWith("http ")).count())
                    .as("every route was called").isGreaterThanOrEqualTo(routes - 2);
        }
    }
}
