package org.treatylab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of the README, of every page in docs/ and of the top-level {@code --help} runs as written.
 *
 * <p>Each page runs in its own {@link Workspace}, its commands in the order written, so one example may use a file an
 * earlier one wrote. A command exits 0 unless its comment says {@code # exit N}; its standard error shows no stack
 * trace; an HTTP answer is no JSON error. Not run here: commands whose comment says {@code until Ctrl-C} (only
 * {@code serve}, which the server module's tests start in-process and which this test starts itself, as
 * {@code ./treatylab serve --port 0}, for every page that calls the HTTP API), and build commands ({@code ./mvnw},
 * {@code java -jar bench/...}), which CI runs in its own way. The JVMs start with {@link Workspace#QUICK_JVM} unless
 * {@code TREATYLAB_JAVA_OPTS} is set. {@code -Ddocs.pages=REGEX} runs only the pages whose path matches.
 */
class ExamplesTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final Map<String, int[]> COUNTS = new TreeMap<>();
    /** The {@code error} label of the API's JSON error per status (the server's one mapping of failure kinds). */
    private static final Map<Integer, String> ERROR_LABELS = Map.of(400, "bad request", 401, "unauthorized",
            403, "forbidden", 404, "not found", 409, "conflict", 413, "payload too large", 422, "too large",
            429, "too many requests", 503, "unavailable");
    /** Only the pages whose path matches this regular expression ({@code -Ddocs.pages=http-api}); all by default. */
    private static final String ONLY = System.getProperty("docs.pages", "");
    private static Path repo;

    @BeforeAll
    static void jarIsBuilt() {
        repo = Pages.repo();
        assertThat(repo.resolve("cli/target/treatylab.jar"))
                .as("the application jar (built by module cli's package phase; run 'mvn -B verify' from the root)")
                .isRegularFile();
    }

    @TestFactory
    Stream<DynamicNode> everyPage_examplesRunAsWritten() {
        List<DynamicNode> pages = new ArrayList<>();
        for (String page : Pages.all(repo)) {
            List<Example> examples = Pages.examples(repo, page);
            if (!examples.isEmpty() && (ONLY.isEmpty() || java.util.regex.Pattern.compile(ONLY).matcher(page).find())) {
                pages.add(page(page, () -> examples));
            }
        }
        if (!ONLY.isEmpty() && !"treatylab --help".matches(".*" + ONLY + ".*")) {
            return pages.stream();
        }
        pages.add(page("treatylab --help", () -> {
            try (Workspace w = new Workspace(repo)) {
                Workspace.Result help = w.run("./treatylab --help", TIMEOUT);
                assertThat(help.code()).as(help.err()).isZero();
                List<Example> examples = Pages.helpExamples(help.out());
                assertThat(examples).as("the examples of the top-level help").hasSizeGreaterThanOrEqualTo(14);
                return examples;
            }
        }));
        return pages.stream();
    }

    private interface Source {
        List<Example> examples();
    }

    private static DynamicNode page(String page, Source source) {
        return DynamicTest.dynamicTest("examples of " + page, () -> {
            List<Example> examples = source.examples();
            List<String> failures = new ArrayList<>();
            try (Workspace w = new Workspace(repo)) {
                for (Example e : examples) {
                    String failure = runOne(w, e);
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
            }
            assertThat(failures).as("examples of " + page + " that failed").isEmpty();
        });
    }

    /** Runs one example; returns why it failed, or null. */
    private static String runOne(Workspace w, Example e) {
        int[] counts = COUNTS.computeIfAbsent(e.page(), k -> new int[Example.Kind.values().length]);
        counts[e.kind().ordinal()]++;
        switch (e.kind()) {
            case VARIABLE -> {
                String[] v = e.variable();
                if (!v[1].startsWith("$(")) {
                    w.set(v[0], v[1]);
                    return null;
                }
                Workspace.Result r = w.run("printf '%s' \"" + v[1] + "\"", TIMEOUT);
                if (r.code() != 0 || r.out().isBlank()) {
                    return e + ": the shell gave no value (exit " + r.code() + "): " + head(r.err());
                }
                w.set(v[0], r.out());
                return null;
            }
            case UNTIL_STOPPED -> {
                return e.command().startsWith("./treatylab serve") ? null
                        : e + ": only 'serve' may be marked 'until Ctrl-C'";
            }
            case BUILD -> {
                return null;
            }
            default -> {
                Workspace.Result r = w.run(e.command(), TIMEOUT);
                if (r.timedOut()) {
                    return e + ": still running after " + TIMEOUT.toSeconds() + " s";
                }
                if (r.code() != e.exitCode()) {
                    return e + ": exit " + r.code() + ", the page says " + e.exitCode() + "; stderr: "
                            + head(r.err()) + "; stdout: " + head(r.out());
                }
                if (r.err().contains("\tat ") || r.err().contains("Exception in thread")) {
                    return e + ": a stack trace on standard error: " + head(r.err());
                }
                if (e.command().startsWith("curl")) {
                    return httpFailure(e, r.out());
                }
                return null;
            }
        }
    }

    /** A curl example answers no JSON error, or exactly the one its {@code # error NNN} comment documents. */
    private static String httpFailure(Example e, String out) {
        boolean error = out.startsWith("{\"error\"");
        if (e.httpError() == 0) {
            return error ? e + ": the API answered an error: " + head(out) : null;
        }
        String label = ERROR_LABELS.get(e.httpError());
        if (label == null) {
            return e + ": the page documents status " + e.httpError() + ", which the API never answers with a JSON error";
        }
        return out.startsWith("{\"error\":\"" + label + "\"") ? null
                : e + ": the page says error " + e.httpError() + " (\"" + label + "\"), the API answered: " + head(out);
    }

    private static String head(String s) {
        String t = s.strip();
        return t.length() > 600 ? t.substring(0, 600) + "..." : t;
    }

    @AfterAll
    static void summary() throws Exception {
        int run = 0;
        int notRun = 0;
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, int[]> c : COUNTS.entrySet()) {
            int[] n = c.getValue();
            run += n[Example.Kind.RUN.ordinal()];
            notRun += n[Example.Kind.UNTIL_STOPPED.ordinal()] + n[Example.Kind.BUILD.ordinal()];
            b.append(String.format("%-28s run %3d, variables %d, serve (not run) %d, build commands (not run) %d%n",
                    c.getKey(), n[0], n[1], n[2], n[3]));
        }
        b.append("examples run: ").append(run).append("; not run: ").append(notRun).append('\n');
        System.out.print(b);
        Path target = repo.resolve("docs-test/target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("examples-summary.txt"), b.toString());
        }
    }
}
